// Ambiguous currency names ("Rs") resolved by the countries of the amount's own paragraph before the
// document's most-named country.
#include "money_local.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {
const char* kPage =
    "KARACHI: Pakistan signed a deal to buy 40 buses from Turkey for Rs3 billion. Pakistan will pay in two "
    "instalments, Pakistani officials said.\n\n"
    "NEW DELHI: India will extend a line of credit of Rs 4,500 crore to Bhutan for a hydropower project.\n\n"
    "COLOMBO: Sri Lanka and India signed a deal for 20 rail cars worth Rs 900 million.\n";
}

TEST_CASE("'Rs' in a paragraph that names one rupee country is that country's rupee") {
  auto d = deals_of(kPage);
  REQUIRE(d.size() == 3);
  CHECK(d[0].currency == std::string("PKR"));
  CHECK(d[1].currency == std::string("INR"));
}

TEST_CASE("a paragraph naming two rupee countries keeps the document's rupee") {
  auto d = deals_of(kPage);
  REQUIRE(d.size() == 3);
  CHECK(d[2].currency == std::string("PKR"));
}
