// Filtering, sorting and grouping of deal rows (the Deals panel and its exports).
#include "deal_table.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace entente {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool contains(const std::string& haystack, const std::string& needle_lower) {
  return lower(haystack).find(needle_lower) != std::string::npos;
}

double value_key(const Deal& d) {
  return d.value_usd ? *d.value_usd : d.value ? *d.value : -1.0;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += s + ",";
  return out;
}

int compare(const Deal& a, const Deal& b, int column) {
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case kDealKind:
      return cmp(a.kind, b.kind);
    case kDealSector:
      return cmp(a.sector, b.sector);
    case kDealParties:
      return cmp(joined(a.parties), joined(b.parties));
    case kDealItem:
      return cmp(lower(a.item), lower(b.item));
    case kDealValue:
      return cmp(value_key(a), value_key(b));
    case kDealQuantity:
      return cmp(a.quantity.value_or(""), b.quantity.value_or(""));
    case kDealYear:
      return cmp(a.year.value_or(0), b.year.value_or(0));
    case kDealStatus:
      return cmp(a.status, b.status);
    case kDealConfidence:
      return cmp(a.confidence, b.confidence);
    case kDealGroup:
      return cmp(a.group, b.group);
    case kDealConflicts:
      return cmp(a.conflicts.size(), b.conflicts.size());
    default:
      return cmp(a.doc, b.doc);
  }
}

// The distinct values `get` gives over the deals, sorted: views into the deals hashed once each, then only
// the few distinct ones sorted (167,000 deals at 10,000 documents; a set of copies took 54 ms at 1,000 in
// wasm).
template <typename Get>
std::vector<std::string> distinct(const std::vector<Deal>& deals, Get get) {
  std::vector<std::string_view> values;
  std::unordered_set<std::string_view> seen;
  for (const Deal& d : deals) get(d, values);
  std::vector<std::string_view> all;
  for (std::string_view v : values)
    if (seen.insert(v).second) all.push_back(v);
  std::sort(all.begin(), all.end());
  return {all.begin(), all.end()};
}

}  // namespace

std::vector<int> filter_deals(const std::vector<Deal>& deals, const DealFilter& f) {
  std::vector<int> out;
  std::string needle = lower(f.search);
  for (int i = 0; i < static_cast<int>(deals.size()); ++i) {
    const Deal& d = deals[i];
    if (!f.country.empty() && std::find(d.parties.begin(), d.parties.end(), f.country) == d.parties.end())
      continue;
    if (!f.sector.empty() && d.sector != f.sector) continue;
    if (!f.status.empty() && d.status != f.status) continue;
    if (f.doc >= 0 && d.doc != f.doc) continue;
    if (!needle.empty() && !contains(d.item, needle) && !contains(joined(d.parties), needle) &&
        !contains(d.value_text.value_or(""), needle) && !contains(d.evidence.text, needle) &&
        !contains(d.kind, needle))
      continue;
    out.push_back(i);
  }
  return out;
}

void sort_deals(const std::vector<Deal>& deals, const std::vector<DealSortKey>& keys,
                std::vector<int>* rows) {
  const auto before = [&](int a, int b) {
    for (const DealSortKey& k : keys) {
      int c = compare(deals[a], deals[b], k.column);
      if (c != 0) return k.ascending ? c < 0 : c > 0;
    }
    return a < b;
  };
  // Rows often come in order already (no sort keys: document order): one pass instead of a merge sort.
  if (std::is_sorted(rows->begin(), rows->end(), before)) return;
  std::stable_sort(rows->begin(), rows->end(), before);
}

std::vector<DealGroupRow> group_rows(const std::vector<Deal>& deals, const std::vector<int>& rows) {
  std::vector<DealGroupRow> out;
  if (rows.empty()) return out;
  int lo = deals[rows[0]].group, hi = lo;
  for (int r : rows) lo = std::min(lo, deals[r].group), hi = std::max(hi, deals[r].group);
  std::vector<std::size_t> slot(static_cast<std::size_t>(hi - lo) + 1, 0);  // group - lo -> row in out, + 1
  for (int r : rows) {
    std::size_t& s = slot[static_cast<std::size_t>(deals[r].group - lo)];
    if (s == 0) {
      out.push_back({deals[r].group, {}, false});
      s = out.size();
    }
    out[s - 1].members.push_back(r);
    out[s - 1].conflicts |= !deals[r].conflicts.empty();
  }
  return out;
}

std::vector<std::string> deal_parties(const std::vector<Deal>& deals) {
  return distinct(deals, [](const Deal& d, std::vector<std::string_view>& s) {
    s.insert(s.end(), d.parties.begin(), d.parties.end());
  });
}

std::vector<std::string> deal_sectors(const std::vector<Deal>& deals) {
  return distinct(deals, [](const Deal& d, std::vector<std::string_view>& s) { s.push_back(d.sector); });
}

std::vector<std::string> deal_statuses(const std::vector<Deal>& deals) {
  return distinct(deals, [](const Deal& d, std::vector<std::string_view>& s) { s.push_back(d.status); });
}

}  // namespace entente
