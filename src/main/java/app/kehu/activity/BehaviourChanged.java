package app.kehu.activity;

/**
 * Published inside the transaction that logged or changed behaviour data of a customer, after that customer's
 * aggregates and lifecycle stage were brought up to date, so the grade can follow before it commits.
 */
public record BehaviourChanged(long customerId) {
}
