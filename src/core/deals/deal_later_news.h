// What a sentence tells of the deals told before it (deal_later_news.cpp): the rules find_doc_deals runs on a
// sentence after its own deals.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"
#include "deal_lex.h"
#include "deals.h"
#include "mentions.h"

namespace entente {

// A sentence (`range`, starting at byte `start`) that holds no deal trigger: updates the deals told before it
// (units arrived, work begun, a facility's state, a fate, a delivery since, a year, a revised price).
void untriggered_news(const LexedText& t, const DocMentions& m, LexRange range, std::uint32_t start,
                      std::vector<Deal>* deals);

// A sentence whose own deals start at index first_new of *deals: when it made none, what it tells of the
// deal before it (the first rule that adds a part wins); then a delivery since, a year told next, and the
// year taken off a proposal dated only by the day it was stated.
void later_news(const FillContext& f, LexRange range, std::uint32_t start, std::size_t first_new,
                std::vector<Deal>* deals);

}  // namespace entente
