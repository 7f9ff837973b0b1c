// All mentions of one document (entities, money, quantities, dates) over one lexing of its text, plus the
// conversion to the contract's Mention records.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dates.h"
#include "deal_lex.h"
#include "deals.h"
#include "gazetteer.h"
#include "money.h"
#include "quantity.h"

namespace entente {

struct MentionTables {
  Gazetteer gazetteer;
  CurrencyTable currencies;
  UnitTable units;
};

// Loads the embedded assets gazetteer.json, currencies.json and units.json. Throws std::runtime_error when
// one is missing or malformed.
MentionTables load_mention_tables();

struct DocMentions {
  LexedText lexed;
  std::vector<EntityHit> entities;
  std::vector<MoneySpan> money;
  std::vector<QuantitySpan> quantities;
  std::vector<DateSpan> dates;
  std::vector<std::string> country_rank;  // countries by mention count (ties: first mentioned first)
  std::vector<std::uint8_t> taken;        // per lexeme: 1 money, 2 date, 3 quantity, 0 free
};

// Finds every mention in `text` (which must outlive the result).
DocMentions find_mentions(const MentionTables& tables, std::string_view text);

// How many mentions append_mentions adds for `m`.
std::size_t mention_count(const DocMentions& m);

// Appends the mentions of document `doc` in text order (ties: longer first).
void append_mentions(const MentionTables& tables, const DocMentions& m, int doc, std::vector<Mention>* out);

}  // namespace entente
