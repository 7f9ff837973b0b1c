// In-document consolidation: each deal is compared with the deals told before it, most recent first; a
// deal whose item adds no word of its own, or whose words are mostly in an earlier deal's clause, joins it.
#include "deal_consolidate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <string_view>

#include "deal_content_keys.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

constexpr std::size_t kLookBack = 48;  // earlier deals a mention is compared with

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

std::size_t shared_keys(const Keys& a, const Keys& b) {
  std::size_t n = 0;
  for (KeyCode k : a) n += b.count(k);
  return n;
}

// "handed over the first NASAMS battery, part of a 2-battery contract": the first unit delivered (a
// completed deal whose item begins with "first") is not the order under way that it belongs to.
bool first_of_order(const Deal& a, const Deal& b) {
  auto first = [](const Deal& d) { return d.status == "completed"sv && d.item.rfind("first ", 0) == 0; };
  auto order = [](const Deal& d) { return d.status == "in_progress"sv && d.kind != "supply"sv; };
  return (first(a) && order(b)) || (first(b) && order(a));
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
bool compatible(const Deal& a, const Deal& b, bool named = false, bool funded = false, bool change = false) {
  if (a.aggregate != b.aggregate || first_of_order(a, b)) return false;
  // A loan and the purchase it pays for are two deals; "the agreement" may be either, and so may a
  // project that the loan is for (`funded`).
  if (a.kind != b.kind && a.kind != "agreement"sv && b.kind != "agreement"sv && !funded) return false;
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

// The member whose item says most (more content words, not a run-on phrase); the root on ties.
std::size_t best_item(const std::vector<Deal>& v, const std::vector<std::size_t>& members,
                      const std::vector<Keys>& item) {
  std::size_t best = members[0];
  for (std::size_t m : members)
    if (v[m].item.size() <= 80 && item[m].size() > item[best].size()) best = m;
  return best;
}

// Two deals of one field: the same sector, or either of sector other (no field of its own named).
bool same_field(const Deal& a, const Deal& b) {
  return a.sector == b.sector || a.sector == "other"sv || b.sector == "other"sv;
}

void take_value(Deal& to, const Deal& from) {
  to.value = from.value, to.value_usd = from.value_usd, to.currency = from.currency;
  to.value_text = from.value_text, to.value_qualifier = from.value_qualifier;
}

void fill_from(Deal& root, const Deal& o, bool headline) {
  if (!root.value && o.value) take_value(root, o);
  if (!root.year && o.year) root.year = o.year, root.date_text = o.date_text;
  if (!root.quantity && o.quantity) root.quantity = o.quantity;
  // The furthest stage any body sentence reports; a cancellation only from the deal's own statement.
  if (!headline && o.status != "cancelled"sv && status_rank(o.status) > status_rank(root.status))
    root.status = o.status;
  if (root.sector == "other"sv && o.sector != "other"sv) root.sector = o.sector;
  if (root.parties.size() < 2 && o.parties.size() > root.parties.size()) root.parties = o.parties;
  root.confidence = std::max(root.confidence, o.confidence);
  root.evidence_extra.push_back(o.evidence);
}

void merge_group(std::vector<Deal>& v, const std::vector<std::size_t>& members, const std::vector<Keys>& item,
                 const std::vector<DealNote>& notes) {
  Deal& root = v[members[0]];
  std::size_t named = best_item(v, members, item);
  if (named != members[0]) {
    root.item = v[named].item;
    std::swap(root.evidence, v[named].evidence);  // the fullest statement leads
  }
  for (std::size_t k = 1; k < members.size(); ++k) fill_from(root, v[members[k]], notes[members[k]].headline);
  std::sort(root.evidence_extra.begin(), root.evidence_extra.end(),
            [](const Evidence& a, const Evidence& b) { return a.start < b.start; });
  auto same = [](const Evidence& a, const Evidence& b) { return a.start == b.start; };
  root.evidence_extra.erase(std::unique(root.evidence_extra.begin(), root.evidence_extra.end(), same),
                            root.evidence_extra.end());
  auto primary = [&](const Evidence& e) { return same(e, root.evidence); };
  root.evidence_extra.erase(std::remove_if(root.evidence_extra.begin(), root.evidence_extra.end(), primary),
                            root.evidence_extra.end());
}

}  // namespace

int status_rank(const std::string& status) {
  constexpr std::array<std::string_view, 7> kOrder = {"proposed",    "negotiating", "announced", "signed",
                                                      "in_progress", "completed",   "cancelled"};
  for (std::size_t k = 0; k < kOrder.size(); ++k)
    if (status == kOrder[k]) return static_cast<int>(k);
  return -1;
}

void consolidate_deals(std::vector<Deal>* deals, const std::vector<DealNote>& notes,
                       bool drop_lone_headlines) {
  std::vector<Deal>& v = *deals;
  std::size_t n = v.size();
  std::vector<Keys> item(n), ctx(n), names(n);
  const Keys generic = generic_keys();
  for (std::size_t k = 0; k < n; ++k) {
    KeyFilter parties{generic, party_keys(v[k])};
    item[k] = content_keys({v[k].item}, parties);
    names[k] = name_keys(v[k].item, parties);
    ctx[k] = content_keys(
        {notes[k].context, v[k].item, v[k].quantity ? std::string_view(*v[k].quantity) : ""}, parties);
  }
  std::vector<Keys> grown_item(n);  // a group's item keys once it has taken a member (else its root's)
  auto group_item = [&](std::size_t i) -> const Keys& {
    return grown_item[i].empty() ? item[i] : grown_item[i];
  };
  std::vector<bool> changes(n);
  for (std::size_t k = 0; k < n; ++k) changes[k] = amends(v[k]) && (notes[k].definite || told_before(v[k]));
  std::vector<std::string> heads(n);
  for (std::size_t k = 0; k < n; ++k) heads[k] = head_phrase(v[k].item);
  std::vector<std::vector<std::uint32_t>> more_sentences(n);  // a group's sentences beyond its root's
  auto in_group_sentence = [&](std::size_t i, std::uint32_t start) {
    return v[i].evidence.start == start ||
           std::find(more_sentences[i].begin(), more_sentences[i].end(), start) != more_sentences[i].end();
  };
  // j tells deal i again: a definite "the deal" or an item with nothing of its own refers back; otherwise
  // one item's words are in the other's clause. Within one sentence only a bare frame ("an agreement with
  // its ally ... to acquire X") joins the deal it frames.
  auto same = [&](std::size_t i, std::size_t j) {
    bool named = share(names[i], names[j]);
    // "Chennai Desalination Plant project will provide ..." after a loan for the "Project for Construction
    // of Chennai Seawater Desalination Plant": the project the loan is for, told again.
    bool funded = v[i].kind == "loan"sv && v[j].kind == "project"sv && shared_keys(names[i], ctx[j]) >= 2;
    bool other_sentence = !in_group_sentence(i, v[j].evidence.start);
    bool change = other_sentence && changes[j];
    if (!compatible(v[i], v[j], named && other_sentence, funded && other_sentence, change)) return false;
    // Parts of one sentence's list stay apart, also when one of them joined an earlier mention.
    if (!other_sentence) {
      if (notes[i].definite || notes[j].definite) return false;  // "the deal" speaks of an earlier one
      return contains(group_item(i), item[j]) || contains(item[j], group_item(i));
    }
    // "The fertiliser deal, for 200,000 tonnes of urea" after budget support: a definite mention whose own
    // words name another sector speaks of another deal.
    if (notes[j].definite) return item[j].empty() || same_field(v[i], v[j]);
    if (notes[j].another) return false;  // "talks on a third contract" after the second is signed
    // "A ¥30 billion loan agreed in 2024 will finance ..." after "a US$ 300 million loan from JBIC": an
    // indefinite mention with its own amount in another currency is another deal (one deal told in two
    // currencies says so in one sentence, or names it again: "the loan, about $200 million").
    if (v[i].value && v[j].value && v[i].currency != v[j].currency) return false;
    // Two bare mentions may be two deals, except exercises of one pair ("the drills", "the joint exercise").
    // "The centrepiece was a $4 billion contract" after a list of memoranda: a bare mention does not say
    // which part it would be, so it joins none.
    if (item[j].empty() && notes[i].owner >= 0) return false;
    if (item[j].empty())
      return !group_item(i).empty() || (v[i].kind == "exercise"sv && v[j].kind == "exercise"sv);
    if (named) return true;  // "Tomahawk missiles" and "two types of Tomahawks"
    // "a supplementary agreement in Beijing" and "a supplementary agreement to resume the line".
    if (!heads[i].empty() && heads[i] == heads[j]) return true;
    // "their first joint aerial exercise" and "a joint drill with the Egyptian Air Force": one pair's
    // exercise in one story, unless their names differ.
    if (v[i].kind == "exercise"sv && v[j].kind == "exercise"sv && (names[i].empty() || names[j].empty()))
      return true;
    const Keys& gi = group_item(i);
    return refers_to(item[j], gi, ctx[i]) || (!gi.empty() && refers_to(gi, item[j], ctx[j]));
  };
  // A group is known by all its members: their words, and the figures they add.
  auto absorb = [&](std::size_t i, std::size_t j) {
    if (changes[j]) {  // a change adds evidence, not the deal's figures or item
      v[j].year.reset();
      take_value(v[j], Deal{});
      item[j] = Keys{};
    }
    if (grown_item[i].empty()) grown_item[i] = item[i];
    grown_item[i].insert(item[j]);
    names[i].insert(names[j]);
    if (!in_group_sentence(i, v[j].evidence.start)) more_sentences[i].push_back(v[j].evidence.start);
    ctx[i].insert(ctx[j]);
    if (!v[i].year) v[i].year = v[j].year, v[i].date_text = v[j].date_text;
    if (!v[i].value) take_value(v[i], v[j]);
    if (!v[i].quantity) v[i].quantity = v[j].quantity;
  };
  std::vector<std::size_t> root(n);
  for (std::size_t k = 0; k < n; ++k) root[k] = k;
  std::vector<bool> drop(n, false);
  // Body deals that no earlier deal took, in text order: each mention is compared with the most recent
  // kLookBack of them (most recent first), so any text takes linear time.
  std::vector<std::size_t> body_roots;
  for (std::size_t j = 0; j < n; ++j) {
    if (notes[j].headline) continue;
    std::size_t from = body_roots.size() > kLookBack ? body_roots.size() - kLookBack : 0;
    for (std::size_t r = body_roots.size(); r-- > from;) {
      std::size_t i = body_roots[r];
      if (same(i, j)) {
        root[j] = i;
        absorb(i, j);
        break;
      }
    }
    if (root[j] == j) body_roots.push_back(j);
  }
  for (std::size_t j = 0; j < n; ++j) {
    if (!notes[j].headline) continue;
    for (std::size_t r = 0; r < body_roots.size() && r < kLookBack && root[j] == j; ++r)
      if (same(body_roots[r], j)) root[j] = body_roots[r], absorb(body_roots[r], j);
    drop[j] = root[j] == j && drop_lone_headlines;
  }
  std::vector<std::vector<std::size_t>> members(n);  // of the groups with more than their root only
  for (std::size_t k = 0; k < n; ++k) {
    if (drop[k] || root[k] == k) continue;
    if (members[root[k]].empty()) members[root[k]].push_back(root[k]);
    members[root[k]].push_back(k);
  }
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k] && root[k] == k && members[k].size() > 1) merge_group(v, members[k], item, notes);
  for (std::size_t k = 0; k < n; ++k) {
    if (notes[k].owner < 0 || v[k].year) continue;
    const Deal& owner = v[root[static_cast<std::size_t>(notes[k].owner)]];
    if (owner.year) v[k].year = owner.year, v[k].date_text = owner.date_text;
  }
  std::size_t kept = 0;  // the roots, moved down in place
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k] && root[k] == k && kept++ != k) v[kept - 1] = std::move(v[k]);
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(kept), v.end());
}

}  // namespace entente
