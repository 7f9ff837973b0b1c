// CSV export of the deal table.
#include "deals_csv.h"

#include <cstdio>

namespace entente {
namespace {

std::string number(const std::optional<double>& v) {
  if (!v) return {};
  char buf[64];
  // Amounts are whole units or short decimals: %.15g keeps them exact without an exponent below 1e15.
  std::snprintf(buf, sizeof buf, "%.15g", *v);
  return buf;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

// The other sentences about a deal, in text order, separated by " | ".
std::string extra_text(const std::vector<Evidence>& extra) {
  std::string out;
  for (const Evidence& e : extra) out += (out.empty() ? "" : " | ") + e.text;
  return out;
}

}  // namespace

std::string deals_csv(const Corpus& corpus, const std::vector<Deal>& deals) {
  std::string out = std::string(kDealsCsvHeader) + "\r\n";
  for (const Deal& d : deals) {
    std::string name;
    for (const Document& doc : corpus.docs)
      if (doc.id == d.doc) name = doc.name;
    std::vector<std::string> f = {std::to_string(d.doc),
                                  name,
                                  d.kind,
                                  d.sector,
                                  join(d.parties, "; "),
                                  d.item,
                                  number(d.value_usd),
                                  number(d.value),
                                  d.currency.value_or(""),
                                  d.value_text.value_or(""),
                                  d.value_qualifier.value_or(""),
                                  d.quantity.value_or(""),
                                  d.year ? std::to_string(*d.year) : "",
                                  d.date_text.value_or(""),
                                  d.status,
                                  d.aggregate ? "true" : "false",
                                  number(d.confidence),
                                  std::to_string(d.group),
                                  join(d.conflicts, "; "),
                                  std::to_string(d.evidence.start),
                                  std::to_string(d.evidence.end),
                                  d.evidence.text,
                                  extra_text(d.evidence_extra)};
    for (std::size_t i = 0; i < f.size(); ++i) out += (i ? "," : "") + csv_field(f[i]);
    out += "\r\n";
  }
  return out;
}

}  // namespace entente
