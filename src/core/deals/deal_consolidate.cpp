// In-document consolidation: each deal is compared with the deals told before it, most recent first; a
// deal whose item adds no word of its own, or whose words are mostly in an earlier deal's clause, joins it.
#include "deal_consolidate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <set>
#include <string_view>

#include "deal_keys.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// A set of word keys: sorted codes.
struct Keys {
  std::vector<KeyCode> v;
  bool empty() const { return v.empty(); }
  std::size_t size() const { return v.size(); }
  bool count(KeyCode k) const { return std::binary_search(v.begin(), v.end(), k); }
  std::vector<KeyCode>::const_iterator begin() const { return v.begin(); }
  std::vector<KeyCode>::const_iterator end() const { return v.end(); }
  void insert(const Keys& o) {
    std::vector<KeyCode> m;
    std::set_union(v.begin(), v.end(), o.v.begin(), o.v.end(), std::back_inserter(m));
    v = std::move(m);
  }
};

constexpr std::size_t kLookBack = 48;  // earlier deals a mention is compared with

// Words that name any deal or describe it without telling which one ("the landmark agreement").
constexpr std::string_view kGeneric[] = {
    "deal",  "deals", "agree", "contr", "pact",  "pacts", "accor", "treat", "mou",   "mous",
    "memor", "proto", "final", "landm", "poten", "preli", "elect", "histo", "new",   "first",
    "secon", "detai", "compl", "terms", "the",   "this",  "that",  "its",   "their", "such",
    "simil", "anoth", "lates", "signe", "two",   "count", "both",  "sides", "with",  "for",
    "and",   "frame", "long",  "term",  "tenta", "recor", "milli", "billi", "trill", "year",
    "years", "annua", "tonne", "tons",  "per",   "ally",  "allie", "partn", "gover", "natio",
    "minis", "offic", "compa", "firm",  "state", "trila", "bilat", "exerc", "drill", "joint",
    "milit", "aeria", "air",   "force", "naval", "navy",  "army",  "marit", "war",   "games"};

Keys generic_keys() {
  Keys g;
  for (std::string_view w : kGeneric) g.v.push_back(key_code(w));
  std::sort(g.v.begin(), g.v.end());
  return g;
}

// What content keys are measured against: the generic words, and the keys of the deal's parties.
struct KeyFilter {
  const Keys& generic;
  Keys parties;
};

// The keys of `text` that tell one deal from another: not generic, not the name of a party or its
// adjective ("chine" for China, "indon" for Indonesia: the first four letters agree).
Keys content_keys(std::initializer_list<std::string_view> texts, const KeyFilter& f) {
  std::vector<KeyCode> codes;
  std::size_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();
  codes.reserve(bytes / 4 + 1);  // a key per word of 3 letters or more
  for (std::string_view text : texts) append_word_key_codes(text, &codes);
  sort_key_codes(&codes);
  auto drop = [&](KeyCode k) {
    for (KeyCode p : f.parties)
      if ((k >> 8) == (p >> 8) && (p & 0xFF00) != 0) return true;
    return f.generic.count(k);
  };
  codes.erase(std::remove_if(codes.begin(), codes.end(), drop), codes.end());  // in place: no second list
  return Keys{std::move(codes)};
}

// The keys of the capitalised words of `text` that are not generic or a party's: model and project names
// ("Tomahawk", "Dukovany", "Rasht-Astara"), which name one deal in a document.
Keys name_keys(const std::string& text, const KeyFilter& f) {
  std::string names;  // the capitalised words, space-separated: their keys are the union of each word's
  std::size_t k = 0;
  while (k < text.size()) {
    std::size_t e = k;
    while (e < text.size() && text[e] != ' ') ++e;
    if (text[k] >= 'A' && text[k] <= 'Z') names.append(text, k, e - k).push_back(' ');
    k = e + 1;
  }
  return content_keys({names}, f);
}

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

// The words of an item before its first preposition, lower-cased ("supplementary agreement" of
// "supplementary agreement in Beijing"); empty when that is a single word.
std::string head_phrase(const std::string& item) {
  std::string out, word;
  int words = 0;
  auto preposition = [](std::string_view w) {
    return w == "to" || w == "in" || w == "for" || w == "of" || w == "with" || w == "between" || w == "on" ||
           w == "at" || w == "by" || w == "from" || w == "that" || w == "which";
  };
  for (std::size_t k = 0; k <= item.size(); ++k) {
    char c = k < item.size() ? item[k] : ' ';
    if (c != ' ') {
      word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      continue;
    }
    if (word.empty()) continue;
    if (preposition(word)) break;
    if (std::string_view(word) != "the" && std::string_view(word) != "a" && std::string_view(word) != "an") {
      if (words++) out += ' ';
      out += word;
    }
    word.clear();
  }
  return words >= 2 ? out : std::string();
}

Keys party_keys(const Deal& d) {
  Keys out;
  for (const std::string& p : d.parties) append_word_key_codes(p, &out.v);
  sort_key_codes(&out.v);  // the union of each party's keys
  return out;
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

// Whether a and b may be one deal: no differing year, amount or count, kinds that fit, and parties of which
// one side holds the other (or, for two mentions of one named model or project, that share a party).
bool compatible(const Deal& a, const Deal& b, bool named = false, bool funded = false) {
  if (a.aggregate != b.aggregate) return false;
  // A loan and the purchase it pays for are two deals; "the agreement" may be either, and so may a
  // project that the loan is for (`funded`).
  if (a.kind != b.kind && a.kind != "agreement"sv && b.kind != "agreement"sv && !funded) return false;
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
  std::vector<Keys> group_item = item;
  std::vector<std::string> heads(n);
  for (std::size_t k = 0; k < n; ++k) heads[k] = head_phrase(v[k].item);
  std::vector<std::set<std::uint32_t>> group_sentences(n);
  for (std::size_t k = 0; k < n; ++k) group_sentences[k].insert(v[k].evidence.start);
  // j tells deal i again: a definite "the deal" or an item with nothing of its own refers back; otherwise
  // one item's words are in the other's clause. Within one sentence only a bare frame ("an agreement with
  // its ally ... to acquire X") joins the deal it frames.
  auto same = [&](std::size_t i, std::size_t j) {
    bool named = share(names[i], names[j]);
    // "Chennai Desalination Plant project will provide ..." after a loan for the "Project for Construction
    // of Chennai Seawater Desalination Plant": the project the loan is for, told again.
    bool funded = v[i].kind == "loan"sv && v[j].kind == "project"sv && shared_keys(names[i], ctx[j]) >= 2;
    bool other_sentence = !group_sentences[i].count(v[j].evidence.start);
    if (!compatible(v[i], v[j], named && other_sentence, funded && other_sentence)) return false;
    // Parts of one sentence's list stay apart, also when one of them joined an earlier mention.
    if (group_sentences[i].count(v[j].evidence.start)) {
      if (notes[i].definite || notes[j].definite) return false;  // "the deal" speaks of an earlier one
      return contains(group_item[i], item[j]) || contains(item[j], group_item[i]);
    }
    if (notes[j].definite) return true;
    // Two bare mentions may be two deals, except exercises of one pair ("the drills", "the joint exercise").
    if (item[j].empty())
      return !group_item[i].empty() || (v[i].kind == "exercise"sv && v[j].kind == "exercise"sv);
    if (named) return true;  // "Tomahawk missiles" and "two types of Tomahawks"
    // "a supplementary agreement in Beijing" and "a supplementary agreement to resume the line".
    if (!heads[i].empty() && heads[i] == heads[j]) return true;
    // "their first joint aerial exercise" and "a joint drill with the Egyptian Air Force": one pair's
    // exercise in one story, unless their names differ.
    if (v[i].kind == "exercise"sv && v[j].kind == "exercise"sv && (names[i].empty() || names[j].empty()))
      return true;
    const Keys& gi = group_item[i];
    return refers_to(item[j], gi, ctx[i]) || (!gi.empty() && refers_to(gi, item[j], ctx[j]));
  };
  // A group is known by all its members: their words, and the figures they add.
  auto absorb = [&](std::size_t i, std::size_t j) {
    group_item[i].insert(item[j]);
    names[i].insert(names[j]);
    group_sentences[i].insert(v[j].evidence.start);
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
  std::vector<std::vector<std::size_t>> members(n);
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k] && root[k] == k) members[k].push_back(k);
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k] && root[k] != k) members[root[k]].push_back(k);
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k] && root[k] == k && members[k].size() > 1) merge_group(v, members[k], item, notes);
  for (std::size_t k = 0; k < n; ++k) {
    if (notes[k].owner < 0 || v[k].year) continue;
    const Deal& owner = v[root[static_cast<std::size_t>(notes[k].owner)]];
    if (owner.year) v[k].year = owner.year, v[k].date_text = owner.date_text;
  }
  std::vector<Deal> out;
  out.reserve(n);
  for (std::size_t k = 0; k < n; ++k)
    if (!drop[k] && root[k] == k) out.push_back(std::move(v[k]));
  v = std::move(out);
}

}  // namespace entente
