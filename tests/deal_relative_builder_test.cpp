// A project told before its named builder in a relative clause is a deal: "the ring road, which a Chinese
// firm began building in 2021".
#include "deal_relative_builder.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a project told before 'which' and its named builder is a project deal") {
  auto d = deals_of(
      "The Lusaka ring road, which China Jiangxi Corporation began building in 2021, opened last month.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
  CHECK(d[0].item == "Lusaka ring road");
  CHECK(d[0].year == 2021);
  CHECK(d[0].parties == std::vector<std::string>{"China", "Zambia"});
  // "has been building": under way.
  auto since = deals_of("The Tema port, which Turkey's Yilport has been building since 2019, serves Ghana.");
  REQUIRE(since.size() == 1);
  CHECK(since[0].item == "Tema port");
  CHECK(since[0].status == "in_progress");
}

TEST_CASE("a project before 'that', with a place after its head, keeps its head") {
  auto d = deals_of("A wind farm in the Gobi that Spain's Acciona is building for Mongolia is half done.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "wind farm in the Gobi");
  CHECK(d[0].sector == "energy");
  // A builder that is only a pronoun or a common noun names no builder: no deal from the relative clause.
  CHECK(deals_of("The Tema port, which the company has been building since 2019, serves Ghana.").empty());
}
