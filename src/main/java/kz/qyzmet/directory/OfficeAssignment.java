package kz.qyzmet.directory;

/** The office responsible for a role in a case, and the candidate group of its clerks in that role. */
public record OfficeAssignment(Office office, String role, String candidateGroup) {}
