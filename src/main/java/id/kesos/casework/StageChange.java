package id.kesos.casework;

/** One stage moving from one state to another as the result of a workflow step. */
public record StageChange(Stage stage, StageState from, StageState to) {}
