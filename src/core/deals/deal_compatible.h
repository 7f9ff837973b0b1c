// The pairwise tests of in-document consolidation: whether two deal mentions may be one deal (fields that
// agree, kinds that fit) and whether one mention's words refer to the other's.
#pragma once

#include <string>
#include <vector>

#include "deal_content_keys.h"
#include "deals.h"

namespace entente {

// True when every key of b is in a (so also when b is empty).
bool contains(const Keys& a, const Keys& b);

// True when a and b hold a key in common.
bool share(const Keys& a, const Keys& b);

// The number of keys of a that b holds.
std::size_t shared_keys(const Keys& a, const Keys& b);

// "The frigate deal was later topped up with an additional $40 million", "the contract was expanded in
// 2022": a change to a deal told before, whose own amount or year is the change's, not the deal's.
bool amends(const Deal& d);

// "The MRSAM deal was ...", "That contract ...": a sentence that opens on a definite reference.
bool told_before(const Deal& d);

// Whether a and b may be one deal: no differing year, amount or count, kinds that fit, and parties of which
// one side holds the other (or, for two mentions of one named model or project, `named`, that share a
// party). `funded`: b is the project a loan a pays for. `change`: b amends a (only the parties must fit).
bool compatible(const Deal& a, const Deal& b, bool named = false, bool funded = false, bool change = false);

// b speaks of deal a, whose item has the keys `ka` and whose clause has `ctx`: b's item (keys `kb`) adds no
// word of its own, or it shares a word with a's item and two thirds of its words are in a's clause.
bool refers_to(const Keys& kb, const Keys& ka, const Keys& ctx);

// Two deals of one field: the same sector, or either of sector other (no field of its own named).
bool same_field(const Deal& a, const Deal& b);

// Two mentions dated apart: in different years, or in different months named in words ("September 2021"
// against "January 2021").
bool dated_apart(const Deal& a, const Deal& b);

}  // namespace entente
