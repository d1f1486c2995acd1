/**
 * What every case has, whatever its standard: its variables' names, its number (receipts, complaints, mobile visits),
 * the engine's clock and command executor. Depends on no other Qyzmet package, so every feature may use it.
 */
package kz.qyzmet.cases;
