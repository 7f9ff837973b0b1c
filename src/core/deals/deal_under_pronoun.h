// "... signed a long-term contract with Ma'aden. Under it, Ma'aden will ship 2.5 million tonnes a year": a
// sentence opening on "Under it," tells the terms of the deal told just before, not a deal of its own.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when d's sentence opens on "Under it", "Under them", "Under this" or "Under that" and a comma, and
// d's trigger comes after that comma.
bool under_pronoun(const LexedText& t, const DealDraft& d);

// Folds what the draft d (an "Under it," sentence) tells into *prev: its evidence, its amount and its
// quantity when *prev has none, the sector of the goods it ships or sells
// when *prev's is "other".
void add_terms(const FillContext& f, const DealDraft& d, Deal* prev);

}  // namespace entente
