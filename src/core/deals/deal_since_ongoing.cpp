// Deals carried on since a year: the year they began and their status under way.
#include "deal_since_ongoing.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "spans_in.h"

namespace entente {

namespace {

using namespace std::string_view_literals;

// Participles of a deal carried on over time: supplying, shipping, building, running, working a mine.
constexpr std::array kOngoing = {
    "supplied"sv,      "supplying"sv,    "imported"sv,   "importing"sv,   "exported"sv,   "exporting"sv,
    "shipped"sv,       "shipping"sv,     "delivered"sv,  "delivering"sv,  "sold"sv,       "selling"sv,
    "sent"sv,          "sending"sv,      "provided"sv,   "providing"sv,   "built"sv,      "building"sv,
    "constructed"sv,   "constructing"sv, "operated"sv,   "operating"sv,   "run"sv,        "running"sv,
    "mined"sv,         "mining"sv,       "drilled"sv,    "drilling"sv,    "upgraded"sv,   "upgrading"sv,
    "produced"sv,      "producing"sv,    "maintained"sv, "maintaining"sv, "modernised"sv, "modernising"sv,
    "modernized"sv,    "modernizing"sv,  "assembled"sv,  "assembling"sv,  "bought"sv,     "buying"sv,
    "purchased"sv,     "purchasing"sv,   "leased"sv,     "leasing"sv,     "financed"sv,   "financing"sv,
    "funded"sv,        "funding"sv,      "trained"sv,    "training"sv,    "licensed"sv,   "manufactured"sv,
    "manufacturing"sv, "received"sv,     "receiving"sv};

bool ongoing_word(std::string_view w) {
  for (std::string_view o : kOngoing)
    if (w == o) return true;
  return false;
}

// "has supplied", "have also been building", "has for years run": a perfect of an ongoing verb in r.
bool perfect_ongoing(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "not" || w == "never" || w == "n't") return false;
  }
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    if (!t.is(k, "has") && !t.is(k, "have")) continue;
    for (std::size_t j = k + 1; j < r.e && j < k + 4; ++j) {
      if (ongoing_word(t.low(j))) return true;
      std::string_view w = t.low(j);
      bool skip = w == "been" || (w.size() > 3 && w.substr(w.size() - 2) == "ly") || w == "also";
      if (!skip) break;
    }
  }
  return false;
}

}  // namespace

const DateSpan* ongoing_since(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (!perfect_ongoing(t, d.own)) return nullptr;
  std::size_t b = d.head.e > d.head.b ? std::min(d.head.b, d.own.b) : d.own.b;
  auto [y, end] = spans_in(f.m.dates, b, d.own.e);
  for (; y != end; ++y)
    if (y->year && y->first > 0 && t.is(y->first - 1, "since") && !y->month) return y;
  return nullptr;
}

bool under_way_since(const FillContext& f, const DealDraft& d, const std::string& s) {
  return (s == "signed" || s == "completed" || s == "announced") && ongoing_since(f, d);
}

}  // namespace entente
