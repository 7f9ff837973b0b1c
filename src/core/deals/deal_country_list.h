// A list of countries in a clause ("to Seychelles and Mauritius", "from China and the United States"), for
// the rules that split one deal per listed buyer or seller (deal_sale_buyers, deal_purchase_sellers).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "deal_fill.h"

namespace entente {

// The countries listed from lexeme k up to `limit`: one country per member ("the" skipped), members split by
// "," and "and"; empty unless two or more.
std::vector<std::string_view> country_list(const FillContext& f, std::size_t k, std::size_t limit);

// Whether `c` is in `list`.
bool listed(const std::vector<std::string_view>& list, std::string_view c);

// The one country of `r` outside `list`; empty when none or several.
std::string lone_other(const FillContext& f, LexRange r, const std::vector<std::string_view>& list);

}  // namespace entente
