// The pairwise tests of in-document consolidation (see deal_compatible.h).
#include "deal_compatible.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <string_view>

#include "deal_completes_told.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

bool differ(double x, double y) {
  return std::fabs(x - y) > 0.01 * std::max(std::fabs(x), std::fabs(y));
}

bool subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& p : a)
    if (std::find(b.begin(), b.end(), p) == b.end()) return false;
  return true;
}

// "four million tonnes" and "six million tonnes a year": two counts of one unit are two deals.
bool quantities_differ(const Deal& a, const Deal& b) {
  return a.quantity && b.quantity && *a.quantity != *b.quantity &&
         a.quantity->substr(a.quantity->find(' ') + 1) == b.quantity->substr(b.quantity->find(' ') + 1);
}

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& p : a)
    if (std::find(b.begin(), b.end(), p) != b.end()) return true;
  return false;
}

// "handed over the first NASAMS battery, part of a 2-battery contract": the first unit delivered (a
// completed deal whose item begins with "first") is not the order under way that it belongs to, nor a
// signed contract told beside it ("the first 37 were received between 2012 and 2017", after a training
// contract of 2024).
bool first_of_order(const Deal& a, const Deal& b) {
  auto first = [](const Deal& d) { return d.status == "completed"sv && d.item.rfind("first ", 0) == 0; };
  auto order = [](const Deal& d) {
    return (d.status == "in_progress"sv || d.status == "signed"sv) && d.kind != "supply"sv;
  };
  return (first(a) && order(b)) || (first(b) && order(a));
}

}  // namespace

// True when every key of b is in a (so also when b is empty).
bool contains(const Keys& a, const Keys& b) {
  for (KeyCode k : b)
    if (!a.count(k)) return false;
  return true;
}

bool share(const Keys& a, const Keys& b) {
  for (KeyCode k : a)
    if (b.count(k)) return true;
  return false;
}

std::size_t shared_keys(const Keys& a, const Keys& b) {
  std::size_t n = 0;
  for (KeyCode k : a) n += b.count(k);
  return n;
}

// "The frigate deal was later topped up with an additional $40 million", "the contract was expanded in
// 2022": a change to a deal told before, whose own amount or year is the change's, not the deal's.
bool amends(const Deal& d) {
  std::string low;
  for (char c : d.evidence.text)
    low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view w : {"topped up", "top-up", "was expanded", "were expanded", "later expanded",
                             "was increased", "was raised", "was amended", "was revised", "was extended"})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

// "The MRSAM deal was ...", "That contract ...": a sentence that opens on a definite reference.
bool told_before(const Deal& d) {
  std::string_view e = d.evidence.text;
  return e.rfind("The ", 0) == 0 || e.rfind("That ", 0) == 0 || e.rfind("This ", 0) == 0;
}

// Whether a and b may be one deal: no differing year, amount or count, kinds that fit, and parties of which
// one side holds the other (or, for two mentions of one named model or project, that share a party).
bool compatible(const Deal& a, const Deal& b, bool named, bool funded, bool change) {
  if (a.aggregate != b.aggregate || first_of_order(a, b)) return false;
  // A loan and the purchase it pays for are two deals; "the agreement" may be either, and so may a
  // project that the loan is for (`funded`).
  bool delivered = change && order_and_delivery(a, b);  // "received the last of the rifles" it ordered
  if (a.kind != b.kind && a.kind != "agreement"sv && b.kind != "agreement"sv && !funded && !delivered)
    return false;
  // "The armies held their first joint exercise" after "contracts with GAIL are close to being finalised":
  // an exercise is held, not contracted, so it tells of no agreement but an exercise.
  if ((a.kind == "exercise"sv) != (b.kind == "exercise"sv)) return false;
  if (change) return subset(a.parties, b.parties) || subset(b.parties, a.parties);  // b amends a
  if (a.year && b.year && *a.year != *b.year) return false;
  if (a.value_usd && b.value_usd && differ(*a.value_usd, *b.value_usd)) return false;
  if (a.value && b.value && a.currency == b.currency && differ(*a.value, *b.value)) return false;
  if (quantities_differ(a, b)) return false;
  if (named) return overlap(a.parties, b.parties);
  return subset(a.parties, b.parties) || subset(b.parties, a.parties);
}

// b speaks of deal a, whose item has the keys `ka` and whose clause has `ctx`: b's item adds no word of its
// own, or it shares a word with a's item and two thirds of its words are in a's clause.
bool refers_to(const Keys& kb, const Keys& ka, const Keys& ctx) {
  if (kb.empty()) return true;
  std::size_t shared = 0, named = 0;
  for (KeyCode k : kb) shared += ctx.count(k), named += ka.count(k);
  // "the final contract with KHNP" after "KHNP has finalized a landmark agreement ...": a short item
  // wholly in a's clause.
  if (shared == kb.size() && kb.size() <= 2) return true;
  return named >= 1 && shared * 3 >= kb.size() * 2;
}

// Two deals of one field: the same sector, or either of sector other (no field of its own named).
bool same_field(const Deal& a, const Deal& b) {
  return a.sector == b.sector || a.sector == "other"sv || b.sector == "other"sv;
}

namespace {

// The month a date's text names in words, 1-12 ("September 2021" -> 9); 0 when it names none.
int month_named(const std::string& date) {
  constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string w;  // the first word of letters, its first three lowered
  for (char c : date) {
    bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letter && w.size() < 3) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!letter && !w.empty()) break;
  }
  auto m = std::find(kMonths.begin(), kMonths.end(), w);
  return m == kMonths.end() ? 0 : static_cast<int>(m - kMonths.begin()) + 1;
}

}  // namespace

// "the strategic partnership agreement signed with France in September 2021" after jets bought in January
// 2021: two mentions dated in different years, or in different months named in words.
bool dated_apart(const Deal& a, const Deal& b) {
  int ma = a.date_text ? month_named(*a.date_text) : 0, mb = b.date_text ? month_named(*b.date_text) : 0;
  return (a.year && b.year && *a.year != *b.year) || (ma && mb && ma != mb);
}

}  // namespace entente
