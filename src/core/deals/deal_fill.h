// Fills a Deal from a draft: item text, money, quantity, year and date, status from modality, sector,
// parties and confidence. A plural trigger with a list of years ("two drills, in 2016 and 2017") gives one
// deal per year.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
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

// A set of names, ordered and unique as a std::set<std::string> of them would be; it views strings that
// outlive it (the gazetteer's names, FillContext::main_pair).
struct NameSet {
  std::vector<std::string_view> v;
  bool empty() const { return v.empty(); }
  std::size_t size() const { return v.size(); }
  std::vector<std::string_view>::const_iterator begin() const { return v.begin(); }
  std::vector<std::string_view>::const_iterator end() const { return v.end(); }
  void clear() { v.clear(); }
  bool count(std::string_view s) const { return std::binary_search(v.begin(), v.end(), s); }
  void insert(std::string_view s) {
    if (v.capacity() == 0) v.reserve(4);  // one allocation for the usual two or three names
    auto it = std::lower_bound(v.begin(), v.end(), s);
    if (it == v.end() || *it != s) v.insert(it, s);
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string_view(*first));
  }
};

// The countries named in lexemes r, directly or through a state firm, bank or agency (QatarEnergy -> Qatar);
// not a country named as the place of another ("the breakaway region of Georgia").
NameSet countries_in(const FillContext& f, LexRange r);

// The text of lexemes [b, e) with runs of white space made one space.
std::string lexeme_text(const LexedText& t, std::size_t b, std::size_t e);

// Sets the amount fields of `deal` (value, currency, USD value, text, qualifier) from `money`.
void set_value(const LexedText& t, const MoneySpan& money, Deal* deal);

// Appends the deal(s) of `d` to `out`.
void fill_deals(const FillContext& f, const DealDraft& d, std::vector<Deal>* out);

}  // namespace entente
