// The item of a deal: a short noun phrase taken from the text around its trigger ("Mi-35 helicopters",
// "defense cooperation agreement", "gas pipeline linking Karachi to Lahore").
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "deal_lex.h"
#include "deal_lexicon.h"
#include "quantity.h"

namespace entente {

struct ItemContext {
  const LexedText& t;
  const DealLexicon& lex;
  const std::vector<std::uint8_t>& taken;    // per lexeme: 1 money, 2 date, 3 quantity
  const std::vector<std::uint8_t>& country;  // per lexeme: 1 when part of a country mention
  const std::vector<QuantitySpan>& quantities;
};

// True when lexeme j is a bare number glued by a hyphen to a word after it ("a 300-bed hospital"), a
// modifier that may open a noun phrase; j + 2 < limit.
bool hyphened_number(const ItemContext& c, std::size_t j, std::size_t limit);

// End (exclusive) of the noun phrase that starts at lexeme k, not past `limit`: words, hyphens, bracketed
// asides, model numbers, "and" between nouns, and prepositional tails (of/on/for/in/from...). Stops at verbs,
// relative words, money and dates. Returns k when no phrase starts there.
std::size_t phrase_end(const ItemContext& c, std::size_t k, std::size_t limit);

// `e` moved back over trailing prepositions, articles, "and" and punctuation, not before b + 1: an item
// never ends on "to" or "of" ("... 1,500 tonnes of rare earth compounds a year to", its country dropped).
std::size_t trim_item_end(const ItemContext& c, std::size_t b, std::size_t e);

// Start of the modifiers before a head noun at `head` ("defense cooperation" before "agreement"), not
// before `floor`.
std::size_t modifiers_start(const ItemContext& c, std::size_t head, std::size_t floor);

// First lexeme of the object after a verb ending at `k`: skips determiners, "of", amounts and measures;
// a counted quantity ("200 helicopters") starts the object at its unit.
std::size_t object_start(const ItemContext& c, std::size_t k, std::size_t limit);

// True when the phrase [b, e) is empty or headed by an abstract word ("support", "cooperation").
bool abstract_phrase(const ItemContext& c, std::size_t b, std::size_t e);

// Lexeme k moved past a time told after an amount ("lent us 30 million euros last year for ...", "$2 billion
// in 2004 for ..."): "last/this/next year|month|week", "in" and a year or month name; else k.
std::size_t past_time(const LexedText& t, std::size_t k);

}  // namespace entente
