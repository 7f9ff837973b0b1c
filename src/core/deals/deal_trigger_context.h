// Context tests for trigger words: whether the clause around a trigger says between whom, holds an
// exercise, states a statistic or an output rate, names a concrete object, and the like (used by
// deal_triggers.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "deal_triggers.h"

namespace entente {

// True when a word of `words` stands in clause c outside lexemes [skip_b, skip_e).
bool any_in(const TriggerScan& s, LexRange c, const WordSet& words, std::size_t skip_b, std::size_t skip_e);

// True when an amount of money stands in clause c.
bool money_in(const TriggerScan& s, LexRange c);

// A trade figure is a deal between countries only when the clause says between whom: two countries, or
// "bilateral", "between", "two countries" ("Pakistan's exports rose to $30 billion" is not).
bool bilateral(const TriggerScan& s, LexRange c);

// "will hold the Malabar exercise", "cancelled a planned naval exercise": a verb that holds (or calls off)
// an exercise a few words before it ("annually held Friendship exercise" is an adjective that names an
// exercise already told).
bool held_before(const TriggerScan& s, LexRange c, std::size_t b);

// "investments in Serbia amounting to 1.4 billion euros", "used to buy six million tons a year": a figure
// about money or goods that moved, not a deal.
bool statistic(const TriggerScan& s, const TriggerRule& r, LexRange c);

// "The plant is expected to produce 120,000 tonnes of cathode material a year": a rate of output is what a
// facility makes, not a deal to make it.
bool output_rate(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

// "Brazil shipped 73 million tonnes of soybeans to China last year", "Kazakhstan ships ten billion cubic
// metres of gas a year to China": a bulk volume moved over a year, told in the past or as a present habit
// with no contract in the sentence, is a trade statistic, not a deal (but "will ship 2 million tonnes a
// year" under a contract is one).
bool yearly_volume(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

// "The government will put up a further 1.5 billion for land compensation": money a government spends at
// home, in a sentence that names no partner, is a budget figure, not a deal.
bool home_budget(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

// "Egypt is negotiating to buy the jets, in what would be the first sale of the aircraft to an Arab air
// force": a trigger after "in what is/was/would be" describes the deal the sentence has told, not another;
// so does one in an apposition that ranks it (", the first export of finished defence equipment"), and an
// investment told after ", with" (", with planned investment of AED 1.1bn"), which is what the deal costs.
bool describes_told(const TriggerScan& s, std::size_t b);

// "agreed to open Japan's market to Brazilian chicken", "the opening up of the Chinese market for Italian
// oranges": a market noun at b opened by a verb or noun of opening a few words before it, in clause c.
bool opens_market(const TriggerScan& s, LexRange c, std::size_t b);

// "the Emirati investment company ADQ", "a state investment arm": a deal noun ending at e right before a
// noun of an organisation (company, firm, bank, agency, ministry ...) describes the organisation; one right
// before "action" or "law" ("binding treaty action", "contract law") names a procedure, not a deal.
bool org_descriptor(const TriggerScan& s, const TriggerRule& r, std::size_t e);

// True when a counted quantity ("12 tanks") stands in clause c.
bool counted_in(const TriggerScan& s, LexRange c);

// "signed a protocol on X, and in February, a contract for Y": a clause that is one more part of a list
// takes the deal verb of the sentence before it.
bool list_part(const TriggerScan& s, LexRange c);

// "exercise Eagles of Civilization", "drills with the Egyptian Air Force": the exercise's name or partner
// follows it.
bool exercise_named(const TriggerScan& s, LexRange c, std::size_t e);

// "a joint exercise, Desert Cyclone, in Rajasthan": a name of capitalised words (not a country's) set off by
// commas right after the trigger that ends at lexeme e. Returns the lexeme that closes it (the name is
// [e + 1, that)), 0 when there is none.
std::size_t apposed_name(const TriggerScan& s, std::size_t e);

// "supply of 8,709 anti-tank missiles": the trigger ending at e is followed by "of" and a concrete object
// (a proper name, a quantity, a sector word) or the clause holds an amount.
bool concrete_of(const TriggerScan& s, LexRange c, std::size_t e);

// "a second order for trainer jets", "a sale for 12 radars": a purchase noun followed by "for" and a concrete
// object (a sector word, a count or a proper name), not "an order for the region".
bool concrete_for(const TriggerScan& s, LexRange c, std::size_t e);

// "went into force", "took effect": an agreement in force was signed.
bool in_force(const TriggerScan& s, LexRange c);

// "the free trade agreement, which was signed in October 2023, will take effect": a relative clause set off
// by a comma right after clause c whose first verb is a deal verb; also a participle aside that is one ("an
// agreement, signed in 2021, opened ..."), or the verb after a participle or prepositional aside ("the
// agreement, on economic cooperation, was signed in 1980").
bool signed_after(const TriggerScan& s, LexRange c);

// "an India-Japan agreement", "the Israeli-Saudi normalization deal": a modifier that names both parties
// names a bilateral agreement.
bool pair_named(const TriggerScan& s, LexRange c, std::size_t b);

// True when the line of text that holds offset `at` starts with a bullet ("-", "*", "•").
bool bulleted_at(std::string_view text, std::size_t at);

// "The two sides signed the following:\n- a memorandum on health;": the scanned sentence is an item of a
// bulleted list whose introducing line (ending in ":") holds a deal verb or "exchange of".
bool listed_under_verb(const TriggerScan& s);

}  // namespace entente
