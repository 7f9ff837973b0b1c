// A sentence whose subject names the deal just told again by a definite deal noun ("The loan from the bank,
// signed ...", "The frigate contract is ...", "The plant, to be financed with ...") tells more of that deal.
#include "deal_definite_reference.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The loan from BIO, signed in Accra on Thursday, will finance' is more of the loan told") {
  auto d = deals_of(
      "ACCRA, May 3 - A Belgian development bank has agreed to lend $120 million for a new grain terminal at "
      "the port of Tema, Ghana's ports authority said on Friday.\n\n"
      "The loan from BIO, signed in Accra on Thursday, will finance silos and a 400-metre quay at the Tema "
      "complex, the authority said in a statement.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("'The frigate contract is a win for the yard' is more of the frigate contract told") {
  auto d = deals_of(
      "Chile's navy signed a contract with Spain's Navantia for two frigates on Monday.\n\n"
      "The frigate contract is a commercial win for Navantia, which has already sold ships abroad.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("'The plant, to be financed with 200 million euros' is more of the plant deal told") {
  auto d = deals_of(
      "PARIS, June 2 - France's Naval Energies and Morocco's state power utility signed an agreement on "
      "Tuesday to build a tidal power plant near Tangier, the company said.\n\n"
      "The plant, to be financed with 200 million euros from the French government's aid budget, will "
      "produce "
      "power for 50,000 homes once complete in 2029, the statement said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("'The project is financed by a line of credit' after an award for a line is a deal of its own") {
  auto d = deals_of(
      "Kenya's power company awarded India's Kalpa Power a contract to build a 200 km transmission line "
      "from Nairobi to Nakuru.\n\n"
      "The project is financed by a line of credit of $90 million extended by India's Exim Bank to Kenya.");
  CHECK(d.size() == 2);
}

TEST_CASE("'Officials said the contract includes ...' after a contract tells more of that contract") {
  auto d = deals_of(
      "Peru's navy signed a contract with South Korea's Hyundai for two corvettes worth $450 million on "
      "Monday. Peruvian officials said the contract includes the transfer of welding technology to a "
      "yard in Callao.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == 450000000.0);
  CHECK(d[0].evidence_extra.size() == 1);
}
