package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.platform.Page;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The name search's steps on the real database: close matches alone when they fill the page,
 * weaker ones after them when they do not. The persons live in Giriroto, a village no other test
 * uses, and the searches are narrowed to it.
 */
@IntegrationTest
class PersonSearchIntegrationTest {

    private static final String GIRIROTO = "33.09.11.2012";
    private static final AtomicInteger SERIAL = new AtomicInteger(5000);

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    private KesosUser tksk() {
        return (KesosUser) principals.loadUserByUsername("tksk");
    }

    /** A man born 1 July 1970 in Giriroto. */
    private PersonView registered(String name) {
        String nik = "330911010770" + SERIAL.incrementAndGet();
        return persons.register(tksk(), new PersonInput(nik, null, name, "Boyolali", "1970-07-01", "L", null, null,
                null, null, null, null, GIRIROTO, null, null, null, null), "FORMULIR");
    }

    private Page<PersonListItem> search(String text, int size) {
        return persons.search(tksk(), new PersonQuery(text, GIRIROTO, null, null, false), 0, size);
    }

    @Test
    void closeMatchesThatFillThePageStandAloneAndWeakerOnesFollowOtherwise() {
        List<Long> namesakes = List.of(registered("Poniman Wirosoeparto").id(),
                registered("PONIMAN WIROSUPARTO").id(), registered("Poniman Wiroseparto").id());
        long weaker = registered("Poniman").id();

        Page<PersonListItem> close = search("poniman wirosuparto", 2);
        assertThat(close.total()).isEqualTo(3);
        assertThat(close.items()).extracting(PersonListItem::id).isSubsetOf(namesakes).hasSize(2);

        Page<PersonListItem> all = search("poniman wirosuparto", 25);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(PersonListItem::id).endsWith(weaker)
                .containsAll(namesakes);
        assertThat(all.items().get(0).score()).isGreaterThan(all.items().get(3).score());
    }

    @Test
    void aMisspeltNameFindsThePersonFirst() {
        PersonView person = registered("Soetardjo Kartohadikoesoemo");
        Page<PersonListItem> found = search("sutarjo kartohadikusumo", 25);
        assertThat(found.items()).isNotEmpty();
        assertThat(found.items().get(0).id()).isEqualTo(person.id());
        assertThat(search("12-34", 25).total()).isZero();
    }
}
