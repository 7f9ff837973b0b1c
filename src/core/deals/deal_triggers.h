// Trigger requirements: whether a trigger word found in a clause states a deal there (an amount, a deal
// verb, a concrete object, a military modifier...), and the item phrase it comes with.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_item.h"
#include "deal_lexicon.h"
#include "mentions.h"

namespace entente {

struct TriggerScan {
  const LexedText& t;
  const DocMentions& m;
  const DealLexicon& lex;
  const ItemContext& items;
  LexRange sentence{};  // the sentence being scanned
};

// True when rule `r` holds for the trigger at lexemes [b, e) of clause `c`; sets `item` to the phrase the
// trigger names (its object for verbs, the noun with its modifiers and complements for nouns).
bool trigger_holds(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e,
                   LexRange* item);

}  // namespace entente
