package id.kesos.assessment.web;

import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.GenogramPersonInput;
import id.kesos.assessment.ParentsInput;
import id.kesos.assessment.PartnershipInput;

/**
 * The genogram editor's forms. Each carries the version the page showed, so that a change made
 * on a page someone else has changed since is refused rather than lost.
 */
final class GenogramForms {

    private GenogramForms() {}

    /** A form with nothing but the version: starting from the family, removing something. */
    public static class Action {

        private int version;

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** One person; an empty key adds a new one. */
    public static class Person extends Action {

        private String key;
        private String name;
        private String sex = "UNKNOWN";
        private String birthYear;
        private String deathYear;
        private boolean deceased;
        private boolean client;
        private boolean household;

        static Person of(GenogramPerson person) {
            Person form = new Person();
            form.key = person.key();
            form.name = person.name();
            form.sex = person.sex().name();
            form.birthYear = person.birthYear() == null ? null : person.birthYear().toString();
            form.deathYear = person.deathYear() == null ? null : person.deathYear().toString();
            form.deceased = person.deceased();
            form.client = person.client();
            form.household = person.household();
            return form;
        }

        GenogramPersonInput input() {
            return new GenogramPersonInput(key, name, sex, birthYear, deathYear, deceased, client, household);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSex() {
            return sex;
        }

        public void setSex(String sex) {
            this.sex = sex;
        }

        public String getBirthYear() {
            return birthYear;
        }

        public void setBirthYear(String birthYear) {
            this.birthYear = birthYear;
        }

        public String getDeathYear() {
            return deathYear;
        }

        public void setDeathYear(String deathYear) {
            this.deathYear = deathYear;
        }

        public boolean isDeceased() {
            return deceased;
        }

        public void setDeceased(boolean deceased) {
            this.deceased = deceased;
        }

        public boolean isClient() {
            return client;
        }

        public void setClient(boolean client) {
            this.client = client;
        }

        public boolean isHousehold() {
            return household;
        }

        public void setHousehold(boolean household) {
            this.household = household;
        }
    }

    /** Two partners and how they are together. */
    public static class Partners extends Action {

        private String a;
        private String b;
        private String kind = "MARRIAGE";

        PartnershipInput input() {
            return new PartnershipInput(a, b, kind);
        }

        public String getA() {
            return a;
        }

        public void setA(String a) {
            this.a = a;
        }

        public String getB() {
            return b;
        }

        public void setB(String b) {
            this.b = b;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }
    }

    /** A child's parents, as a partnership ("a,b") or a single parent ("a"), and a twin. */
    public static class Parents extends Action {

        private String child;
        private String parents;
        private String kind = "BIOLOGICAL";
        private String twinOf;
        private boolean identical;

        ParentsInput input() {
            return new ParentsInput(child, parents, kind, twinOf, identical);
        }

        public String getChild() {
            return child;
        }

        public void setChild(String child) {
            this.child = child;
        }

        public String getParents() {
            return parents;
        }

        public void setParents(String parents) {
            this.parents = parents;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getTwinOf() {
            return twinOf;
        }

        public void setTwinOf(String twinOf) {
            this.twinOf = twinOf;
        }

        public boolean isIdentical() {
            return identical;
        }

        public void setIdentical(boolean identical) {
            this.identical = identical;
        }
    }
}
