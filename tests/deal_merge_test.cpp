// Cross-document grouping and conflicting figures.
#include "deal_merge.h"

#include <catch2/catch.hpp>

namespace {
entente::Deal deal(int doc, const std::string& item, const char* quantity, std::optional<int> year = {}) {
  entente::Deal d;
  d.doc = doc;
  d.kind = "project";
  d.sector = "energy";
  d.parties = {"Pakistan", "Russia"};
  d.item = item;
  if (quantity) d.quantity = quantity;
  d.year = year;
  return d;
}
}  // namespace

TEST_CASE("the same pipeline in two texts is one group with a quantity conflict") {
  entente::Corpus c;
  c.docs.resize(3);
  for (int i = 0; i < 3; ++i) c.docs[i].id = i, c.docs[i].name = "d" + std::to_string(i);
  std::vector<entente::Deal> v = {deal(0, "North-South LNG pipeline from Karachi to Lahore", "1,300 km"),
                                  deal(1, "joint naval exercise", nullptr),
                                  deal(2, "gas pipeline linking Karachi to Lahore", "1,100 km")};
  entente::group_deals(c, &v);
  CHECK(v[0].group == 1);
  CHECK(v[1].group == 2);
  CHECK(v[2].group == 1);
  REQUIRE(v[0].conflicts.size() == 1);
  CHECK(v[0].conflicts[0] == "quantity: 1,100 km in d2");
  CHECK(v[1].conflicts.empty());
  CHECK(v[2].conflicts.empty());  // once per group, on its first member
}

TEST_CASE("conflicts grow with the group, not with its pairs") {
  entente::Corpus c;
  c.docs.resize(40);
  std::vector<entente::Deal> v;
  for (int i = 0; i < 40; ++i) {
    c.docs[i].id = i, c.docs[i].name = "d" + std::to_string(i);
    v.push_back(deal(i, "gas pipeline linking Karachi to Lahore", i % 2 ? "1,100 km" : "1,300 km"));
  }
  entente::group_deals(c, &v);
  std::size_t notes = 0;
  for (const auto& d : v) notes += d.conflicts.size();
  CHECK(notes == 20);  // one per member whose length differs from the first member's
  CHECK(v[0].conflicts.size() == 20);
}

TEST_CASE("different years are different deals") {
  entente::Corpus c;
  c.docs.resize(2);
  c.docs[1].id = 1;
  std::vector<entente::Deal> v = {deal(0, "joint military exercise drills", nullptr, 2016),
                                  deal(1, "joint military exercise drills", nullptr, 2017)};
  entente::group_deals(c, &v);
  CHECK(v[0].group != v[1].group);
}

TEST_CASE("amounts of one currency more than twice apart are two deals; closer ones a conflict") {
  entente::Corpus c;
  c.docs.resize(3);
  for (int i = 0; i < 3; ++i) c.docs[i].id = i, c.docs[i].name = "d" + std::to_string(i);
  auto loan = [](int doc, double value, const char* text) {
    entente::Deal d = deal(doc, "loan for the Karachi metro line", nullptr);
    d.kind = "loan";
    d.value = value;
    d.currency = "JPY";
    d.value_text = text;
    return d;
  };
  std::vector<entente::Deal> v = {loan(0, 120e9, "\u00a5120 billion"), loan(1, 30e9, "\u00a530 billion"),
                                  loan(2, 110e9, "\u00a5110 billion")};
  entente::group_deals(c, &v);
  CHECK(v[0].group == v[2].group);
  CHECK(v[1].group != v[0].group);
  REQUIRE(v[0].conflicts.size() == 1);
  CHECK(v[0].conflicts[0] == "value: \u00a5110 billion in d2");
}

TEST_CASE("one deal needs both parties of two in common and shared item words") {
  entente::Corpus c;
  c.docs.resize(5);
  for (int i = 0; i < 5; ++i) c.docs[i].id = i, c.docs[i].name = "d" + std::to_string(i);
  std::vector<entente::Deal> v = {
      deal(0, "Karachi Lahore pipeline", nullptr), deal(1, "Karachi Lahore pipeline", nullptr),
      deal(2, "Karachi Lahore pipeline", nullptr), deal(3, "Thar coal power station", nullptr),
      deal(4, "Lahore pipeline extension Multan", nullptr)};
  v[1].parties = {"Pakistan", "China"};  // one party of two in common: not enough
  v[2].parties = {"India", "Japan"};     // same words, other parties
  v[4].parties = {"Russia", "Pakistan"};
  entente::group_deals(c, &v);
  CHECK(v[0].group == 1);
  CHECK(v[1].group == 2);
  CHECK(v[2].group == 3);
  CHECK(v[3].group == 4);  // same parties, other words
  CHECK(v[4].group == 1);  // shares "lahor" and "pipel" with the first
}
