/**
 * Operations: how the node behaves when the database is short or out of reach. An exhausted connection pool answers
 * 503 with {@code Retry-After} instead of a 500 ({@link kz.qyzmet.operations.DatabaseBusy}) and marks the node not
 * ready ({@link kz.qyzmet.operations.ConnectionPoolHealth}); a start-up that cannot reach the database ends with one
 * line naming the JDBC URL ({@link kz.qyzmet.operations.DatabaseUnreachableFailureAnalyzer}).
 */
package kz.qyzmet.operations;
