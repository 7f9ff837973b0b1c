// Field-by-field arrays; optional values are null.
#include "partial_codec.h"

namespace entente {
namespace {

using nlohmann::json;

template <typename T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

template <typename T>
std::optional<T> get_opt(const json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<T>();
}

}  // namespace

json encode_mention(const Mention& m) {
  return json::array(
      {m.doc, m.type, m.start, m.end, m.text, opt(m.value), opt(m.unit), opt(m.value_usd), opt(m.canonical)});
}

Mention decode_mention(const json& j) {
  Mention m;
  m.doc = j.at(0).get<int>();
  m.type = j.at(1).get<std::string>();
  m.start = j.at(2).get<std::uint32_t>();
  m.end = j.at(3).get<std::uint32_t>();
  m.text = j.at(4).get<std::string>();
  m.value = get_opt<double>(j.at(5));
  m.unit = get_opt<std::string>(j.at(6));
  m.value_usd = get_opt<double>(j.at(7));
  m.canonical = get_opt<std::string>(j.at(8));
  return m;
}

json encode_deal(const Deal& d) {
  json extra = json::array();
  for (const Evidence& e : d.evidence_extra) extra.push_back(json::array({e.start, e.end, e.text}));
  return json::array({d.doc,
                      d.kind,
                      d.sector,
                      d.parties,
                      d.item,
                      opt(d.value_usd),
                      opt(d.value),
                      opt(d.currency),
                      opt(d.value_text),
                      opt(d.value_qualifier),
                      opt(d.quantity),
                      opt(d.year),
                      opt(d.date_text),
                      d.status,
                      d.evidence.start,
                      d.evidence.end,
                      d.evidence.text,
                      d.confidence,
                      extra,
                      d.aggregate});
}

Deal decode_deal(const json& j) {
  Deal d;
  d.doc = j.at(0).get<int>();
  d.kind = j.at(1).get<std::string>();
  d.sector = j.at(2).get<std::string>();
  d.parties = j.at(3).get<std::vector<std::string>>();
  d.item = j.at(4).get<std::string>();
  d.value_usd = get_opt<double>(j.at(5));
  d.value = get_opt<double>(j.at(6));
  d.currency = get_opt<std::string>(j.at(7));
  d.value_text = get_opt<std::string>(j.at(8));
  d.value_qualifier = get_opt<std::string>(j.at(9));
  d.quantity = get_opt<std::string>(j.at(10));
  d.year = get_opt<int>(j.at(11));
  d.date_text = get_opt<std::string>(j.at(12));
  d.status = j.at(13).get<std::string>();
  d.evidence.start = j.at(14).get<std::uint32_t>();
  d.evidence.end = j.at(15).get<std::uint32_t>();
  d.evidence.text = j.at(16).get<std::string>();
  d.confidence = j.at(17).get<double>();
  for (const json& e : j.at(18))
    d.evidence_extra.push_back(
        {e.at(0).get<std::uint32_t>(), e.at(1).get<std::uint32_t>(), e.at(2).get<std::string>()});
  d.aggregate = j.at(19).get<bool>();
  return d;
}

json encode_pair(const OverlapPair& p) {
  json passages = json::array();
  for (const Passage& s : p.passages)
    passages.push_back({s.a_start, s.a_end, s.b_start, s.b_end, s.a_text, s.b_text, s.similarity});
  return json::array({p.a, p.b, p.score, p.shared_tokens, passages});
}

OverlapPair decode_pair(const json& j) {
  OverlapPair p;
  p.a = j.at(0).get<int>();
  p.b = j.at(1).get<int>();
  p.score = j.at(2).get<double>();
  p.shared_tokens = j.at(3).get<int>();
  for (const json& s : j.at(4)) {
    p.passages.push_back({s.at(0).get<std::uint32_t>(), s.at(1).get<std::uint32_t>(),
                          s.at(2).get<std::uint32_t>(), s.at(3).get<std::uint32_t>(),
                          s.at(4).get<std::string>(), s.at(5).get<std::string>(), s.at(6).get<double>()});
  }
  return p;
}

}  // namespace entente
