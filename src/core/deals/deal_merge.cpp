// Union-find over candidate pairs found through an index of item word keys (first five letters).
#include "deal_merge.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

#include "deal_keys.h"
#include "numbers.h"

namespace entente {
namespace {

constexpr std::size_t kMaxPostings = 400;  // keys shared by more deals than this are too common to link

bool stop_key(KeyCode k) {
  static const std::vector<KeyCode> stop = [] {
    std::vector<KeyCode> v;
    for (const char* w : {"the", "and",   "for", "from", "with", "deal", "deals", "agree", "proje", "of",
                          "its", "their", "two", "this", "that", "more", "new",   "first", "joint", "bilat"})
      v.push_back(key_code(std::string_view(w).substr(0, 5)));
    return v;
  }();
  return std::find(stop.begin(), stop.end(), k) != stop.end();
}

int find_root(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// A list of small integers per deal, all in one array: deal i's are all[at[i]] up to all[at[i + 1]].
struct Lists {
  std::vector<int> all;
  std::vector<std::uint32_t> at{0};
  const int* begin(std::size_t i) const { return all.data() + at[i]; }
  const int* end(std::size_t i) const { return all.data() + at[i + 1]; }
  std::size_t size(std::size_t i) const { return at[i + 1] - at[i]; }
  void close() { at.push_back(static_cast<std::uint32_t>(all.size())); }  // ends the last deal's list
};

// A deal's grouping fields as small integers (strings interned once), so that candidate pairs compare
// integers only.
struct DealIds {
  int year = 0;  // 0 when the deal has none
  int kind = 0, sector = 0;
  int currency = -1;  // -1 when the deal states no amount
  double value = 0;
};

struct DealTable {
  std::vector<DealIds> ids;
  Lists parties;
};

int intern(std::unordered_map<std::string, int>& ids, const std::string& s) {
  auto it = ids.find(s);  // before emplace, which builds a node even for a name already held
  return it != ids.end() ? it->second : ids.emplace(s, static_cast<int>(ids.size())).first->second;
}

DealTable deal_ids(const std::vector<Deal>& v) {
  std::unordered_map<std::string, int> ids;
  DealTable out;
  out.ids.resize(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    out.ids[i].year = v[i].year ? *v[i].year : 0;
    out.ids[i].kind = intern(ids, v[i].kind);
    out.ids[i].sector = intern(ids, v[i].sector);
    if (v[i].value && v[i].currency) {
      out.ids[i].currency = intern(ids, "currency " + *v[i].currency);
      out.ids[i].value = *v[i].value;
    }
    for (const std::string& p : v[i].parties) out.parties.all.push_back(intern(ids, p));
    out.parties.close();
  }
  return out;
}

bool parties_overlap(const Lists& parties, std::size_t a, std::size_t b) {
  std::size_t shared = 0;
  for (const int* p = parties.begin(a); p != parties.end(a); ++p)
    shared += std::count(parties.begin(b), parties.end(b), *p);
  return shared >= std::min<std::size_t>(2, std::min(parties.size(a), parties.size(b))) && shared > 0;
}

// Whether deals a and b may be one by their fields alone: no differing year, no amounts of one currency
// more than twice apart (two reports of one deal may differ, "$153 million" and "$160 million", and are then
// flagged; a ¥120 billion metro loan and a ¥30 billion cable loan are two loans), a kind or sector in
// common and overlapping parties.
bool fields_agree(const DealTable& t, std::size_t a, std::size_t b) {
  const DealIds &x = t.ids[a], &y = t.ids[b];
  if (x.year && y.year && x.year != y.year) return false;
  if (x.currency >= 0 && x.currency == y.currency &&
      std::max(x.value, y.value) > 2 * std::min(x.value, y.value))
    return false;
  if (x.kind != y.kind && x.sector != y.sector) return false;
  return parties_overlap(t.parties, a, b);
}

// Whether deals whose fields agree and that share `shared` of their item keys (of `ka` and `kb` in all)
// tell the same deal.
bool keys_agree(std::size_t shared, std::size_t ka, std::size_t kb) {
  std::size_t uni = ka + kb - shared;
  return shared >= 2 || (shared == 1 && uni <= 2);
}

// "1,300 km" -> (1300, "km").
bool split_quantity(const std::string& q, double* value, std::string* unit) {
  std::size_t i = 0;
  while (i < q.size() && ((q[i] >= '0' && q[i] <= '9') || q[i] == ',' || q[i] == '.')) ++i;
  auto v = parse_digits(q.substr(0, i));
  if (!v) return false;
  *value = *v;
  *unit = q.substr(i);
  return true;
}

bool differ(double x, double y) {
  return std::fabs(x - y) > 0.01 * std::max(std::fabs(x), std::fabs(y));
}

std::string doc_name(const Corpus& corpus, int id) {
  if (id >= 0 && static_cast<std::size_t>(id) < corpus.docs.size() && corpus.docs[id].id == id)
    return corpus.docs[id].name;
  for (const Document& d : corpus.docs)
    if (d.id == id) return d.name;
  return std::string();
}

// Notes on `head` that b's quantity differs from a's, the group's first.
void add_quantity_conflict(const Corpus& corpus, const Deal& a, const Deal& b, Deal* head) {
  double qa = 0, qb = 0;
  std::string ua, ub;
  if (a.quantity && b.quantity && split_quantity(*a.quantity, &qa, &ua) &&
      split_quantity(*b.quantity, &qb, &ub) && ua == ub && differ(qa, qb))
    head->conflicts.push_back("quantity: " + *b.quantity + " in " + doc_name(corpus, b.doc));
}

// Notes on `head` that b's amount differs from a's (same currency).
void add_value_conflict(const Corpus& corpus, const Deal& a, const Deal& b, Deal* head) {
  if (a.value && b.value && a.currency == b.currency && differ(*a.value, *b.value))
    head->conflicts.push_back("value: " + b.value_text.value_or("") + " in " + doc_name(corpus, b.doc));
}

// Each deal's item keys as sorted small integers, and the postings of every (party, key) pair of a key held
// by at most kMaxPostings deals: only deals that share such a pair can be one deal (same_deal needs a shared
// party and a shared key), so only they are ever compared. The postings are one sorted flat list (no hash
// lookups when linking); each deal keeps, per posting it is in, the range of the posting after it.
struct KeyIndex {
  Lists keys;
  std::vector<int> members;                                    // postings, each ascending
  std::vector<std::size_t> first;                              // per deal: start of its ranges (CSR)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> later;  // [from, to) in members: the deals after it
};

std::uint64_t pair_code(int party, int key) {
  return (std::uint64_t(std::uint32_t(party)) << 32) | std::uint32_t(key);
}

// The item keys of every deal as small integers, each deal's sorted; `holders[k]` counts the deals holding
// key k.
Lists item_keys(const std::vector<Deal>& v, std::vector<std::size_t>* holders) {
  std::unordered_map<KeyCode, int> key_id;
  Lists keys;
  std::vector<KeyCode> codes;  // one deal's, the buffer reused
  for (std::size_t i = 0; i < v.size(); ++i) {
    codes.clear();
    append_word_key_codes(v[i].item, &codes);
    sort_key_codes(&codes);
    for (KeyCode k : codes) {
      if (stop_key(k)) continue;
      auto it = key_id.find(k);  // before emplace, which builds a node even for a key already held
      if (it == key_id.end()) {
        it = key_id.emplace(k, static_cast<int>(holders->size())).first;
        holders->push_back(0);
      }
      ++(*holders)[it->second];
      keys.all.push_back(it->second);
    }
    keys.close();
    std::sort(keys.all.begin() + keys.at[i], keys.all.end());
  }
  return keys;
}

// Sorts `v` by `first`, keeping the order of equal keys: a radix sort, 16 bits a pass, skipping the digits
// that are zero in every key. Linear in v's size, where a comparison sort of the postings was most of the
// grouping time.
void sort_by_code(std::vector<std::pair<std::uint64_t, int>>* v) {
  std::uint64_t all = 0;
  for (const auto& e : *v) all |= e.first;
  std::vector<std::pair<std::uint64_t, int>> out(v->size());
  std::vector<std::uint32_t> at(65537);
  for (int shift = 0; shift < 64; shift += 16) {
    if (((all >> shift) & 0xFFFF) == 0) continue;
    std::fill(at.begin(), at.end(), 0);
    for (const auto& e : *v) ++at[((e.first >> shift) & 0xFFFF) + 1];
    for (std::size_t d = 1; d < at.size(); ++d) at[d] += at[d - 1];
    for (const auto& e : *v) out[at[(e.first >> shift) & 0xFFFF]++] = e;
    v->swap(out);
  }
}

KeyIndex index_keys(const std::vector<Deal>& v, const DealTable& t) {
  KeyIndex x;
  std::vector<std::size_t> holders;
  x.keys = item_keys(v, &holders);
  std::vector<std::pair<std::uint64_t, int>> entries;  // (pair code, deal)
  for (std::size_t i = 0; i < v.size(); ++i)
    for (const int* k = x.keys.begin(i); k != x.keys.end(i); ++k)
      if (holders[*k] <= kMaxPostings)
        for (const int* p = t.parties.begin(i); p != t.parties.end(i); ++p)
          entries.push_back({pair_code(*p, *k), static_cast<int>(i)});
  sort_by_code(&entries);  // entries come by deal: equal codes stay in deal order, as a sort of pairs gives
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  x.members.reserve(entries.size());
  for (const auto& e : entries) x.members.push_back(e.second);
  std::vector<std::uint32_t> to(entries.size());  // end of each entry's posting
  for (std::size_t e = entries.size(); e-- > 0;)
    to[e] =
        e + 1 < entries.size() && entries[e + 1].first == entries[e].first ? to[e + 1] : std::uint32_t(e + 1);
  x.first.assign(v.size() + 1, 0);
  for (const auto& e : entries) ++x.first[static_cast<std::size_t>(e.second) + 1];
  for (std::size_t i = 0; i < v.size(); ++i) x.first[i + 1] += x.first[i];
  x.later.resize(entries.size());
  std::vector<std::size_t> fill(x.first.begin(), x.first.end() - 1);
  for (std::size_t e = 0; e < entries.size(); ++e)
    x.later[fill[static_cast<std::size_t>(entries[e].second)]++] = {std::uint32_t(e + 1), to[e]};
  return x;
}

// Joins every two deals that tell the same deal; returns the union-find parents.
std::vector<int> link_deals(const DealTable& t, const KeyIndex& x) {
  int n = static_cast<int>(t.ids.size());
  std::vector<int> parent(t.ids.size());
  for (int i = 0; i < n; ++i) parent[i] = i;
  std::vector<char> seen(t.ids.size(), 0);
  std::vector<int> touched;
  for (int i = 0; i < n; ++i) {
    for (std::size_t r = x.first[i]; r < x.first[i + 1]; ++r)
      for (std::uint32_t m = x.later[r].first; m < x.later[r].second; ++m)
        if (int j = x.members[m]; !seen[j]) seen[j] = 1, touched.push_back(j);
    const int root_i = find_root(parent, i);  // stays i's root: joins hang other roots under it
    for (int j : touched) {
      seen[j] = 0;
      // Joined already (most candidates of a popular item, once linked): skip before reading j's fields.
      const int root_j = find_root(parent, j);
      if (root_j == root_i || !fields_agree(t, i, j)) continue;
      std::size_t common = 0;  // over all keys, the too-common ones too
      for (const int* k = x.keys.begin(i); k != x.keys.end(i); ++k)
        common += std::binary_search(x.keys.begin(j), x.keys.end(j), *k);
      if (keys_agree(common, x.keys.size(i), x.keys.size(j))) parent[root_j] = root_i;
    }
    touched.clear();
  }
  return parent;
}

// Once per group, on its first member: each member whose figures differ from the group's first figures
// told in another document. Linear in the size of the group.
void add_conflicts(const Corpus& corpus, const std::vector<int>& list, std::vector<Deal>& v) {
  Deal& head = v[list[0]];
  int q_ref = -1, v_ref = -1;
  for (int m : list) {
    if (q_ref < 0 && v[m].quantity) q_ref = m;
    if (v_ref < 0 && v[m].value) v_ref = m;
  }
  for (int m : list) {
    if (q_ref >= 0 && m != q_ref && v[m].doc != v[q_ref].doc)
      add_quantity_conflict(corpus, v[q_ref], v[m], &head);
    if (v_ref >= 0 && m != v_ref && v[m].doc != v[v_ref].doc)
      add_value_conflict(corpus, v[v_ref], v[m], &head);
  }
}

}  // namespace

void group_deals(const Corpus& corpus, std::vector<Deal>* deals) {
  std::vector<Deal>& v = *deals;
  const DealTable t = deal_ids(v);
  std::vector<int> parent = link_deals(t, index_keys(v, t));
  std::vector<int> group_of_root(v.size(), 0);
  std::vector<std::vector<int>> members(v.size());  // by root
  int groups = 0;
  for (int i = 0; i < static_cast<int>(v.size()); ++i) {
    int r = find_root(parent, i);
    if (!group_of_root[r]) group_of_root[r] = ++groups;
    v[i].group = group_of_root[r];
    members[r].push_back(i);
  }
  for (const std::vector<int>& list : members)
    if (!list.empty()) add_conflicts(corpus, list, v);
}

}  // namespace entente
