// Filtering, sorting and grouping of deal rows.
#include "deal_table.h"

#include <catch2/catch.hpp>

namespace {
std::vector<entente::Deal> sample() {
  std::vector<entente::Deal> v(3);
  v[0].doc = 0, v[0].item = "Mi-35 helicopters", v[0].sector = "defense", v[0].status = "negotiating";
  v[0].parties = {"Pakistan", "Russia"}, v[0].value_usd = 153e6, v[0].group = 2;
  v[1].doc = 1, v[1].item = "gas pipeline", v[1].sector = "energy", v[1].status = "announced";
  v[1].parties = {"Pakistan", "Russia"}, v[1].value_usd = 2e9, v[1].group = 1, v[1].conflicts = {"quantity"};
  v[2].doc = 1, v[2].item = "S-400 missiles", v[2].sector = "defense", v[2].status = "signed";
  v[2].parties = {"India", "Russia"}, v[2].group = 1;
  return v;
}
}  // namespace

TEST_CASE("filters combine country, sector, document and search") {
  auto v = sample();
  entente::DealFilter f;
  f.country = "Pakistan";
  CHECK(entente::filter_deals(v, f) == std::vector<int>{0, 1});
  f.sector = "defense";
  CHECK(entente::filter_deals(v, f) == std::vector<int>{0});
  entente::DealFilter s;
  s.search = "PIPE";
  CHECK(entente::filter_deals(v, s) == std::vector<int>{1});
  entente::DealFilter d;
  d.doc = 1;
  CHECK(entente::filter_deals(v, d).size() == 2);
}

TEST_CASE("sorting by value puts unknown values first ascending; groups keep row order") {
  auto v = sample();
  std::vector<int> rows = {0, 1, 2};
  entente::sort_deals(v, {{entente::kDealValue, false}}, &rows);
  CHECK(rows == std::vector<int>{1, 0, 2});
  auto g = entente::group_rows(v, rows);
  REQUIRE(g.size() == 2);
  CHECK(g[0].group == 1);
  CHECK(g[0].members == std::vector<int>{1, 2});
  CHECK(g[0].conflicts);
  CHECK_FALSE(g[1].conflicts);
  CHECK(entente::deal_parties(v) == std::vector<std::string>{"India", "Pakistan", "Russia"});
}

TEST_CASE("group rows follow first appearance for sparse and negative group ids") {
  std::vector<entente::Deal> v(5);
  const int ids[] = {700, -2, 3, 700, -2};
  for (std::size_t i = 0; i < v.size(); ++i) v[i].group = ids[i];
  v[3].conflicts = {"value"};
  auto g = entente::group_rows(v, {4, 3, 2, 1, 0});
  REQUIRE(g.size() == 3);
  CHECK(g[0].group == -2);
  CHECK(g[0].members == std::vector<int>{4, 1});
  CHECK(g[1].group == 700);
  CHECK(g[1].members == std::vector<int>{3, 0});
  CHECK(g[1].conflicts);
  CHECK(g[2].members == std::vector<int>{2});
  CHECK_FALSE(g[2].conflicts);
  CHECK(entente::group_rows(v, {}).empty());
}
