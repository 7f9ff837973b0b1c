// Datelines and the relative times that fall inside their year.
#include "dateline.h"

#include <catch2/catch.hpp>

#include "mentions.h"

namespace {
int year_of(const std::string& text) {
  entente::LexedText t = entente::lex_text(text);
  std::vector<std::uint8_t> taken(t.lex.size(), 0);
  return entente::dateline_year(t, entente::find_dates(t, taken));
}

bool relative(const std::string& text) {
  entente::LexedText t = entente::lex_text(text);
  std::vector<std::uint8_t> taken(t.lex.size(), 0);
  return entente::dateline_relative(t, entente::find_dates(t, taken), 0, t.lex.size());
}
}  // namespace

TEST_CASE("datelines in the forms news sites use") {
  CHECK(year_of(" date 2021-12-04 PARIS: France signed ...") == 2021);
  CHECK(year_of("Headline\n\nBy A Reporter Posted : June 5, 2025, 14:22\nText.") == 2025);
  CHECK(year_of("9 Aug 2022 12:55\n\nMOSCOW. Aug 9 (Interfax) - ...") == 2022);
  CHECK(year_of("Apr 01, 2010\n\nNews.") == 2010);
}

TEST_CASE("a dateline with an abbreviated month and its point, or a numeric date") {
  CHECK(year_of("Port deal\n\nLIMA, Peru, Sept. 3, 2025 /Wire/ -- A Peruvian port firm said ...") == 2025);
  CHECK(year_of("Port deal\nPosted: 02/07/2025\n\nLIMA - Peru signed ...") == 2025);
  CHECK(year_of("Port deal\nPosted: 25/11/2024\n\nLIMA - Peru signed ...") == 2024);
  CHECK(year_of("Port deal\n\nThe ratio of the two port fees rose back to 3/4/2025 levels, said the port.") ==
        0);
}

TEST_CASE("a closing source or publication line dates a text without a dateline at the top") {
  std::string body = "Headline\n\nKenya and Japan signed a port deal on March 2.\n\n";
  CHECK(year_of(body + "Source: Coast Herald, March 3, 2024\n") == 2024);
  CHECK(year_of(body + "Published on 3 March 2024 by the desk\n") == 2024);
  CHECK(year_of(body + "The old harbour of the coastal town first opened to ships in March 1990.\n") == 0);
}

TEST_CASE("a year deep in a sentence is no dateline") {
  CHECK(year_of("Relations between the two countries have grown warmer since the talks held in the spring of "
                "the year 2019 in Geneva.") == 0);
  CHECK(year_of("No date here at all.") == 0);
}

TEST_CASE("times inside the dateline's year") {
  CHECK(relative("officials said on Friday"));
  CHECK(relative("signed in February"));
  CHECK(relative("announced yesterday"));
  CHECK(relative("earlier this year"));
  CHECK(relative("in recent weeks"));
  CHECK(relative("since early May"));
  CHECK_FALSE(relative("signed in February 2019"));
  CHECK_FALSE(relative("signed last year"));
  CHECK_FALSE(relative("may sign a deal"));
}
