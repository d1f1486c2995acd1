package kz.qyzmet.calendar;

import java.time.LocalDate;

/** The first day of Kurban ait in one year (a religious day off, not carried over) and where the date comes from. */
public record KurbanAit(LocalDate date, String source) {
}
