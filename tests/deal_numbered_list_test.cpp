// A numbered list ("1. Memorandum on ...") under a line with a signing verb lists deals as a bulleted one
// does, also when a blank line parts the list from the line that introduces it.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("numbered lines under 'the following documents were signed:' and a blank line are deals") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nIn the presence of the two presidents, the following documents were "
      "signed:\n\n1. Memorandum of Understanding on cooperation in the field of fisheries.\n"
      "2. Agreement on cooperation in the field of vocational training.\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "signed");
  CHECK(d[0].item.find("fisheries") != std::string::npos);
  CHECK(d[1].item.find("vocational") != std::string::npos);
}

TEST_CASE("a number in brackets opens a list item; a year with a colon or a figure does not") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe two ministers signed the following documents:\n\n"
      "(1) Memorandum of Understanding on cooperation in the field of fisheries.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("fisheries") != std::string::npos);
  // Under a line without a deal verb the numbered nouns state no deal.
  CHECK(deals_of("Chile and Peru met in Lima.\n\nThe two ministers discussed these topics:\n\n"
                 "1. Memorandum of Understanding on cooperation in the field of fisheries.\n")
            .empty());
}

TEST_CASE("lettered lines '(a)', '(b)' and roman '(iv)' under a signing line are listed deals") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe two ministers signed the following documents:\n\n"
      "(a) Memorandum of Understanding on cooperation in the field of fisheries.\n"
      "(b) Protocol on cooperation in the field of tourism.\n"
      "(iv) Agreement on cooperation in the field of vocational training.\n");
  REQUIRE(d.size() == 3);
  CHECK(d[2].item.find("vocational") != std::string::npos);
}

TEST_CASE("a listed deal's item leaves out its list label") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe two ministers signed the following documents:\n\n"
      "(a) Memorandum of Understanding on cooperation in the field of fisheries.\n"
      "(b) Protocol on cooperation in the field of tourism.\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].item.rfind("Memorandum", 0) == 0);
  CHECK(d[1].item.rfind("Protocol", 0) == 0);
}
