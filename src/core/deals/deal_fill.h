// Fills a Deal from a draft: item text, money, quantity, year and date, status from modality, sector,
// parties and confidence. A plural trigger with a list of years ("two drills, in 2016 and 2017") gives one
// deal per year.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "deal_draft.h"
#include "deal_item.h"
#include "deal_lexicon.h"
#include "deals.h"
#include "mentions.h"

namespace entente {

struct FillContext {
  const Document& doc;
  const DocMentions& m;
  const MentionTables& tables;
  const DealLexicon& lex;
  const ItemContext& items;
  std::vector<std::string> main_pair;  // the document's two most mentioned countries
  int dateline_year = 0;               // the year of the text's dateline, 0 when it has none
};

// The countries named in lexemes r, directly or through a state firm, bank or agency (QatarEnergy -> Qatar);
// not a country named as the place of another ("the breakaway region of Georgia").
std::set<std::string> countries_in(const FillContext& f, LexRange r);

// The text of lexemes [b, e) with runs of white space made one space.
std::string lexeme_text(const LexedText& t, std::size_t b, std::size_t e);

// Appends the deal(s) of `d` to `out`.
void fill_deals(const FillContext& f, const DealDraft& d, std::vector<Deal>* out);

}  // namespace entente
