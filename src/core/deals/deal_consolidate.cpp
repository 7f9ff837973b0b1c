// In-document consolidation: each deal is compared with the deals told before it, most recent first; a
// deal whose item adds no word of its own, or whose words are mostly in an earlier deal's clause, joins it.
#include "deal_consolidate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <string_view>

#include "deal_compatible.h"
#include "deal_completes_told.h"
#include "deal_content_keys.h"
#include "deal_signed_list_items.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

constexpr std::size_t kLookBack = 48;  // earlier deals a mention is compared with

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

// One document's deals being grouped: the keys each is known by, what each group has taken, and each
// deal's root (itself while it starts a group).
class Grouping {
 public:
  Grouping(std::vector<Deal>& v, const std::vector<DealNote>& notes);
  // Body deals that no earlier deal took, in text order: each mention is compared with the most recent
  // kLookBack of them (most recent first), so any text takes linear time.
  void group_body();
  std::size_t first_of_named(std::size_t j, std::size_t from) const;
  // Headline deals join the first body group that tells them; one that joins none is dropped when `drop`.
  void group_headlines(bool drop);
  // Each group's fields filled from all of its members; list parts without a year take their owner's.
  void merge_groups();
  // The roots, moved down in place; the rest erased.
  void keep_roots();

 private:
  const Keys& group_item(std::size_t i) const { return grown_item_[i].empty() ? item_[i] : grown_item_[i]; }
  bool in_group_sentence(std::size_t i, std::uint32_t start) const;
  bool same(std::size_t i, std::size_t j) const;
  bool same_later(std::size_t i, std::size_t j, bool named) const;
  bool near(std::size_t i, std::size_t j) const;
  void absorb(std::size_t i, std::size_t j);
  void join(std::size_t i, std::size_t j) { root_[j] = i, absorb(i, j); }

  std::vector<Deal>& v_;
  const std::vector<DealNote>& notes_;
  std::size_t n_;
  std::vector<Keys> item_, ctx_, names_;
  std::vector<Keys> grown_item_;  // a group's item keys once it has taken a member (else its root's)
  std::vector<bool> changes_;
  std::vector<std::string> heads_;
  std::vector<std::vector<std::uint32_t>> more_sentences_;  // a group's sentences beyond its root's
  std::vector<std::size_t> root_, body_roots_;
  std::vector<int> last_sentence_;  // the last sentence a group has a member in
  std::vector<bool> drop_;
};

Grouping::Grouping(std::vector<Deal>& v, const std::vector<DealNote>& notes)
    : v_(v),
      notes_(notes),
      n_(v.size()),
      item_(n_),
      ctx_(n_),
      names_(n_),
      grown_item_(n_),
      changes_(n_),
      heads_(n_),
      more_sentences_(n_),
      root_(n_),
      last_sentence_(n_),
      drop_(n_, false) {
  const Keys generic = generic_keys();
  for (std::size_t k = 0; k < n_; ++k) {
    KeyFilter parties{generic, party_keys(v[k])};
    item_[k] = content_keys({v[k].item}, parties);
    names_[k] = name_keys(v[k].item, parties);
    ctx_[k] = content_keys(
        {notes[k].context, v[k].item, v[k].quantity ? std::string_view(*v[k].quantity) : ""}, parties);
    changes_[k] = (amends(v[k]) && (notes[k].definite || told_before(v[k]))) || completes_told(v[k]);
    heads_[k] = head_phrase(v[k].item);
    root_[k] = k;
    last_sentence_[k] = notes[k].sentence;
  }
}

bool Grouping::in_group_sentence(std::size_t i, std::uint32_t start) const {
  const auto& more = more_sentences_[i];
  return v_[i].evidence.start == start || std::find(more.begin(), more.end(), start) != more.end();
}

// j tells deal i again: a definite "the deal" or an item with nothing of its own refers back; otherwise
// one item's words are in the other's clause. Within one sentence only a bare frame ("an agreement with
// its ally ... to acquire X") joins the deal it frames.
bool Grouping::same(std::size_t i, std::size_t j) const {
  bool named = share(names_[i], names_[j]);
  // "Chennai Desalination Plant project will provide ..." after a loan for the "Project for Construction
  // of Chennai Seawater Desalination Plant": the project the loan is for, told again.
  bool funded = v_[i].kind == "loan"sv && v_[j].kind == "project"sv && shared_keys(names_[i], ctx_[j]) >= 2;
  bool other_sentence = !in_group_sentence(i, v_[j].evidence.start);
  if (other_sentence && separate_list_items(notes_[i], notes_[j]))
    return false;  // "1. MoU on X" "2. MoU on Y"
  bool change = other_sentence && changes_[j];
  if (!compatible(v_[i], v_[j], named && other_sentence, funded && other_sentence, change)) return false;
  // Parts of one sentence's list stay apart, also when one of them joined an earlier mention.
  if (!other_sentence) {
    if (notes_[i].definite || notes_[j].definite) return false;  // "the deal" speaks of an earlier one
    return contains(group_item(i), item_[j]) || contains(item_[j], group_item(i));
  }
  return same_later(i, j, named);
}

// same() for j told in a sentence after deal i's.
bool Grouping::same_later(std::size_t i, std::size_t j, bool named) const {
  const Deal &a = v_[i], &b = v_[j];
  // "The fertiliser deal, for 200,000 tonnes of urea" after budget support: a definite mention whose own
  // words name another sector, or that is dated apart, shares no word with it and changes nothing, speaks
  // of another deal ("the frigate contract, signed in March" after frigates agreed in January is the same).
  bool apart = !changes_[j] && dated_apart(a, b) && shared_keys(item_[j], group_item(i)) == 0;
  if (notes_[j].definite) return item_[j].empty() || (same_field(a, b) && !apart);
  if (notes_[j].another) return false;  // "talks on a third contract" after the second is signed
  // "A ¥30 billion loan agreed in 2024 will finance ..." after "a US$ 300 million loan from JBIC": an
  // indefinite mention with its own amount in another currency is another deal (one deal told in two
  // currencies says so in one sentence, or names it again: "the loan, about $200 million").
  if (a.value && b.value && a.currency != b.currency) return false;
  // Two bare mentions may be two deals, except exercises of one pair ("the drills", "the joint exercise").
  // "The centrepiece was a $4 billion contract" after a list of memoranda: a bare mention does not say
  // which part it would be, so it joins none.
  bool exercises = a.kind == "exercise"sv && b.kind == "exercise"sv;
  if (item_[j].empty()) return notes_[i].owner < 0 && (!group_item(i).empty() || exercises) && near(i, j);
  if (named) return true;  // "Tomahawk missiles" and "two types of Tomahawks"
  // "a supplementary agreement in Beijing" and "a supplementary agreement to resume the line".
  if (!heads_[i].empty() && heads_[i] == heads_[j]) return true;
  // "their first joint aerial exercise" and "a joint drill with the Egyptian Air Force": one pair's
  // exercise in one story, unless their names differ.
  if (exercises && (names_[i].empty() || names_[j].empty())) return true;
  const Keys& gi = group_item(i);
  return refers_to(item_[j], gi, ctx_[i]) || (!gi.empty() && refers_to(gi, item_[j], ctx_[j]));
}

// "A memorandum was also signed on cooperation in tourism", four paragraphs after a plant deal: a bare
// indefinite mention tells the deal before it only within kBareReach sentences of that deal's last
// mention; a bare mention that says it is one more ("also") tells none.
bool Grouping::near(std::size_t i, std::size_t j) const {
  constexpr int kBareReach = 2;
  std::string_view c = notes_[j].context;
  if (c.find(" also ") != std::string_view::npos) return false;
  int a = last_sentence_[i], b = notes_[j].sentence;
  return !notes_[j].indefinite || a < 0 || b < 0 || b - a <= kBareReach;
}

// A group is known by all its members: their words, and the figures they add.
void Grouping::absorb(std::size_t i, std::size_t j) {
  Deal &a = v_[i], &b = v_[j];
  if (changes_[j]) {  // a change adds evidence, not the deal's figures or item
    b.year.reset();
    take_value(b, Deal{});
    item_[j] = Keys{};
  }
  if (grown_item_[i].empty()) grown_item_[i] = item_[i];
  grown_item_[i].insert(item_[j]);
  names_[i].insert(names_[j]);
  if (!in_group_sentence(i, b.evidence.start)) more_sentences_[i].push_back(b.evidence.start);
  last_sentence_[i] = std::max(last_sentence_[i], notes_[j].sentence);
  ctx_[i].insert(ctx_[j]);
  if (!a.year) a.year = b.year, a.date_text = b.date_text;
  if (!a.value) take_value(a, b);
  if (!a.quantity) a.quantity = b.quantity;
}

// "the deal for the jets and helicopters is worth €17 billion", after the jets and then the helicopters: a
// definite mention that names the goods of two or more deals told before is one figure for all of them,
// kept with the first (the main deal). The index of that deal, or n_ when j names fewer than two.
std::size_t Grouping::first_of_named(std::size_t j, std::size_t from) const {
  std::size_t first = n_;
  int named = 0;
  for (std::size_t r = from; notes_[j].definite && r < body_roots_.size(); ++r) {
    std::size_t i = body_roots_[r];
    if (!share(item_[j], group_item(i)) || !same(i, j)) continue;
    if (first == n_) first = i;
    ++named;
  }
  return named >= 2 ? first : n_;
}

void Grouping::group_body() {
  for (std::size_t j = 0; j < n_; ++j) {
    if (notes_[j].headline) continue;
    std::size_t from = body_roots_.size() > kLookBack ? body_roots_.size() - kLookBack : 0;
    if (std::size_t first = first_of_named(j, from); first != n_) join(first, j);
    for (std::size_t r = body_roots_.size(); r-- > from && root_[j] == j;)
      if (same(body_roots_[r], j)) join(body_roots_[r], j);
    if (root_[j] == j) body_roots_.push_back(j);
  }
}

void Grouping::group_headlines(bool drop) {
  for (std::size_t j = 0; j < n_; ++j) {
    if (!notes_[j].headline) continue;
    for (std::size_t r = 0; r < body_roots_.size() && r < kLookBack && root_[j] == j; ++r)
      if (same(body_roots_[r], j)) join(body_roots_[r], j);
    drop_[j] = root_[j] == j && drop;
  }
}

void Grouping::merge_groups() {
  std::vector<std::vector<std::size_t>> members(n_);  // of the groups with more than their root only
  for (std::size_t k = 0; k < n_; ++k) {
    if (drop_[k] || root_[k] == k) continue;
    if (members[root_[k]].empty()) members[root_[k]].push_back(root_[k]);
    members[root_[k]].push_back(k);
  }
  for (std::size_t k = 0; k < n_; ++k)
    if (!drop_[k] && root_[k] == k && members[k].size() > 1) merge_group(v_, members[k], item_, notes_);
  for (std::size_t k = 0; k < n_; ++k) {
    if (notes_[k].owner < 0 || v_[k].year) continue;
    const Deal& owner = v_[root_[static_cast<std::size_t>(notes_[k].owner)]];
    if (owner.year) v_[k].year = owner.year, v_[k].date_text = owner.date_text;
  }
}

void Grouping::keep_roots() {
  std::size_t kept = 0;
  for (std::size_t k = 0; k < n_; ++k)
    if (!drop_[k] && root_[k] == k && kept++ != k) v_[kept - 1] = std::move(v_[k]);
  v_.erase(v_.begin() + static_cast<std::ptrdiff_t>(kept), v_.end());
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
  Grouping g(*deals, notes);
  g.group_body();
  g.group_headlines(drop_lone_headlines);
  g.merge_groups();
  g.keep_roots();
}

}  // namespace entente
