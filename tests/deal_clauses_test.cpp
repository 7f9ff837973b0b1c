// Clause splitting for the deal rules: which commas, semicolons and dashes end a clause, and that a buffer
// reused from sentence to sentence gives the same clauses as a fresh one.
#include "deal_clauses.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_deals.h"

namespace {

// The clauses of `text`, taken as one sentence, as their raw texts.
std::vector<std::string> clause_texts(const entente::MentionTables& tables, const std::string& text,
                                      std::vector<entente::LexRange>* buf) {
  entente::DocMentions m = entente::find_mentions(tables, text);
  entente::split_clauses(m, {0, m.lexed.lex.size()}, buf);
  std::vector<std::string> out;
  for (entente::LexRange c : *buf) {
    const entente::LexedText& t = m.lexed;
    out.emplace_back(text.substr(t.lex[c.b].start, t.lex[c.e - 1].end - t.lex[c.b].start));
  }
  return out;
}

}  // namespace

TEST_CASE("commas, semicolons and dashes end clauses outside brackets and amounts") {
  entente::MentionTables tables = entente::load_mention_tables();
  std::vector<entente::LexRange> buf;
  CHECK(clause_texts(tables,
                     "Ruritania bought ten ferries (two of them, used) for $1,300 million; talks go on",
                     &buf) ==
        std::vector<std::string>{"Ruritania bought ten ferries (two of them, used) for $1,300 million",
                                 "talks go on"});
  CHECK(clause_texts(tables, "The plan stalled \xE2\x80\x94 again, officials said", &buf) ==
        std::vector<std::string>{"The plan stalled", "again", "officials said"});
}

TEST_CASE("a comma between named parties lists them; a participle clause goes on the one before") {
  entente::MentionTables tables = entente::load_mention_tables();
  std::vector<entente::LexRange> buf;
  CHECK(
      clause_texts(tables, "Talks were held with India, Japan and France, paving the way for a pact", &buf) ==
      std::vector<std::string>{"Talks were held with India, Japan and France, paving the way for a pact"});
  CHECK(clause_texts(tables, "Egypt signed the deal, and Greece will sign it, officials said", &buf) ==
        std::vector<std::string>{"Egypt signed the deal", "and Greece will sign it", "officials said"});
}

TEST_CASE("a reused buffer is cleared first") {
  entente::MentionTables tables = entente::load_mention_tables();
  std::vector<entente::LexRange> buf;
  clause_texts(tables, "one, two, three, four, five, six", &buf);
  CHECK(clause_texts(tables, "Chile agreed", &buf) == std::vector<std::string>{"Chile agreed"});
  CHECK(buf.size() == 1);
}

TEST_CASE("a comma between the listed modifiers of one noun does not end a clause") {
  entente::MentionTables tables = entente::load_mention_tables();
  std::vector<entente::LexRange> buf;
  CHECK(clause_texts(tables, "Ghana signed the engineering, procurement and construction contract", &buf) ==
        std::vector<std::string>{"Ghana signed the engineering, procurement and construction contract"});
  CHECK(clause_texts(tables, "Ghana signed the deal, and Japan will sign it", &buf) ==
        std::vector<std::string>{"Ghana signed the deal", "and Japan will sign it"});
  auto d = deals_of(
      "Ghana and Japan signed the engineering, procurement and construction contract for a "
      "power plant.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
