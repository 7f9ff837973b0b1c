// The objects a trigger word names when they are not simply after it: told before the verb ("the satellite
// launched from Baikonur"), before "for" and a purchase noun, a commodity among its modifiers; and the phrase
// tests they share with the requirement checks (a sector word, a proper name).
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the phrase holds a sector keyword other than diplomacy's ("pipeline", "steel", "vaccine").
bool sector_word(const TriggerScan& s, LexRange r);

// "Athens bought French.", "buy American", "will buy French again": an object that is only a nationality
// (a country's word, then at most "again", "instead" or "too") names a supplier chosen, not goods.
bool nationality_only(const TriggerScan& s, LexRange item);

// "build the Barakah plant": an object with a proper name in it (not a country's) is concrete.
bool named_object(const TriggerScan& s, LexRange item);

// "agreed to build a brewery in Da Nang", "a refinery at Jamnagar": an object with a noun, then "in", "at" or
// "near" and a town the gazetteer knows (a city, port or capital) is concrete (deal_placed_object.cpp).
bool placed_object(const TriggerScan& s, LexRange item);

// "build a 300-bed cancer centre": an object opened by a hyphened count of a size (not of time) is concrete.
bool sized_object(const TriggerScan& s, LexRange item);

// "Russian wheat supplies to Egypt", "LNG deliveries": a commodity (a trade or energy keyword) among the
// modifiers of a supply or purchase noun that heads its phrase.
bool commodity_before(const TriggerScan& s, std::size_t from, std::size_t b, std::size_t e);

// "agreed to raise Algerian deliveries to Italy by up to 9 billion cubic metres a year": a supply noun after
// a verb of raising, with a measure after it in clause c, is a deal for more of the measured goods.
bool raised_by(const TriggerScan& s, LexRange c, std::size_t b);

// "evaluating the J-10C fighter jet for potential acquisition": a concrete object told before "for" and
// the purchase noun (a modal adjective may stand between). Empty when there is none.
LexRange object_for(const TriggerScan& s, LexRange c, std::size_t b);

// The object told before its verb: "the satellite launched from Baikonur" (a participle after its noun),
// "a satellite system that Russia was supplying to Iran" (an object relative clause) and, for a purchase or
// supply (`trade`), "36 jets were ordered by India" (a passive with its agent). Empty when there is none.
LexRange object_before(const TriggerScan& s, LexRange c, std::size_t b, bool trade);

// "Ankara is considering more Kirpi vehicles, and the first batch of 50 was received in 2022", "considering
// the purchase of Kirpi vehicles, having received a first batch of fifty": lexemes [from, e) of the sentence
// tell the first units ("first", "initial") of an earlier order after a prospect of more told before
// `from` ("more", "further", "additional", "considering", "weighing", "mulling"); a delivery of its own.
bool first_of_more(const TriggerScan& s, std::size_t from, std::size_t e);

// "the first 37 were received", "received a first batch of around fifty": an object that ends on a bare
// count counts units when it is told before its verb (object_before finds one only for the first units of
// an earlier order) or after a batch (the trigger at [b, e)).
bool counted_units(const TriggerScan& s, LexRange item, std::size_t b, std::size_t e);

}  // namespace entente
