// The Deals panel's rows: filtering (country, sector, status, document, search text), sorting by any
// column, and grouping by cross-document group. Reads the result only; no drawing.
#pragma once

#include <string>
#include <vector>

#include "deals.h"

namespace entente {

enum DealColumn {
  kDealDoc,
  kDealKind,
  kDealSector,
  kDealParties,
  kDealItem,
  kDealValue,
  kDealQuantity,
  kDealYear,
  kDealStatus,
  kDealConfidence,
  kDealGroup,
  kDealConflicts,
  kDealColumns
};

struct DealFilter {
  std::string country, sector, status;  // empty: any
  int doc = -1;                         // -1: any
  std::string search;                   // case-insensitive; item, parties, value text, evidence
};

struct DealSortKey {
  int column = kDealDoc;
  bool ascending = true;
};

// Indexes into `deals` that pass `filter`, in input order.
std::vector<int> filter_deals(const std::vector<Deal>& deals, const DealFilter& filter);

// Sorts `rows` (indexes into `deals`) by the keys in order; ties keep input order.
void sort_deals(const std::vector<Deal>& deals, const std::vector<DealSortKey>& keys, std::vector<int>* rows);

struct DealGroupRow {
  int group = 0;
  std::vector<int> members;  // indexes into deals, in the order of `rows`
  bool conflicts = false;
};

// One entry per group among `rows`, ordered by the first appearance of a member in `rows`.
std::vector<DealGroupRow> group_rows(const std::vector<Deal>& deals, const std::vector<int>& rows);

// The distinct parties, sectors and statuses of `deals`, sorted.
std::vector<std::string> deal_parties(const std::vector<Deal>& deals);
std::vector<std::string> deal_sectors(const std::vector<Deal>& deals);
std::vector<std::string> deal_statuses(const std::vector<Deal>& deals);

}  // namespace entente
