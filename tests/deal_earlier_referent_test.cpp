// A definite reference may reach past one deal: "the new loan" after a loan agreement and a project told
// in between restates the loan, not a new deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("the new loan two deals on restates the loan told first") {
  auto deals = deals_of(
      "Chile's state bank Corfo signed an agreement with Peru on Monday to lend up to 90 million dollars for "
      "the Tacna desalination plant. A lithium project by a Chilean consortium in Peru is expected to be "
      "signed in the coming weeks. Corfo said the new loan would be disbursed over four years once Peru's "
      "congress ratifies the agreement.");
  CHECK(deals.size() == 2);
}
