// Reader window: text before the evidence, the evidence highlighted and word-wrapped by hand so that each
// mention keeps its colour, then the text after it.
#include "deal_reader.h"

#include <algorithm>

#include "imgui.h"
#include "widgets.h"

namespace entente {
namespace {

ImU32 mention_color(const std::string& type) {
  if (type == "money") return IM_COL32(110, 200, 120, 255);
  if (type == "country") return IM_COL32(100, 170, 255, 255);
  if (type == "org") return IM_COL32(200, 140, 255, 255);
  if (type == "person") return IM_COL32(255, 170, 90, 255);
  if (type == "date") return IM_COL32(240, 210, 90, 255);
  if (type == "quantity") return IM_COL32(90, 210, 210, 255);
  return 0;
}

constexpr ImU32 kEvidenceBackground = IM_COL32(255, 220, 60, 48);

// Document text between two evidence sentences, muted and wrapped.
void muted_block(const std::string& t, std::uint32_t b, std::uint32_t e) {
  if (b >= e) return;
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedColor);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(t.data() + b, t.data() + e);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

}  // namespace

void DealReader::reset() {
  open_ = false;
  deal_ = doc_index_ = -1;
  spans_.clear();
}

void DealReader::show(const AppModel& model, int index) {
  const auto& deals = model.result.deals.deals;
  if (index < 0 || index >= static_cast<int>(deals.size())) return;
  const Deal& d = deals[index];
  deal_ = index;
  open_ = true;
  scroll_frames_ = 10;
  doc_index_ = -1;
  const auto& docs = model.result.corpus.docs;
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (docs[i].id == d.doc) doc_index_ = static_cast<int>(i);
  // Every sentence about the deal, in text order; each cut at the boundaries of the mentions inside it
  // (computed once, not per frame).
  ranges_.assign(1, d.evidence);
  ranges_.insert(ranges_.end(), d.evidence_extra.begin(), d.evidence_extra.end());
  std::sort(ranges_.begin(), ranges_.end(),
            [](const Evidence& a, const Evidence& b) { return a.start < b.start; });
  primary_ = d.evidence.start;
  spans_.clear();
  for (const Evidence& r : ranges_) {
    std::uint32_t at = r.start;
    for (const Mention& m : model.result.deals.mentions) {
      if (m.doc != d.doc || m.start < at || m.end > r.end) continue;
      if (m.start > at) spans_.push_back({at, m.start, 0});
      spans_.push_back({m.start, m.end, mention_color(m.type)});
      at = m.end;
    }
    if (at < r.end) spans_.push_back({at, r.end, 0});
  }
}

void DealReader::draw_evidence(const std::string& text, std::uint32_t start, std::uint32_t end) const {
  const float wrap = ImGui::GetContentRegionAvail().x;
  const float space = ImGui::CalcTextSize(" ").x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float line_x = ImGui::GetCursorPosX();
  float used = 0;
  bool first = true;
  for (const Span& s : spans_) {
    if (s.start < start || s.end > end) continue;
    std::size_t i = s.start;
    while (i < s.end) {
      std::size_t j = i;
      while (j < s.end && text[j] != ' ' && text[j] != '\n') ++j;
      if (j > i) {
        const char* b = text.data() + i;
        const char* e = text.data() + j;
        float w = ImGui::CalcTextSize(b, e).x;
        // No gap where the text has none ("Pakistan" + "'s" across a mention boundary).
        const float gap = i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n') ? space : 0.0f;
        if (!first && used + gap + w <= wrap) {
          ImGui::SameLine(0, gap);
          used += gap + w;
        } else {
          if (!first) ImGui::SetCursorPosX(line_x);
          used = w;
        }
        first = false;
        ImVec2 p = ImGui::GetCursorScreenPos();
        draw->AddRectFilled(ImVec2(p.x - space * 0.5f, p.y),
                            ImVec2(p.x + w + space * 0.5f, p.y + ImGui::GetTextLineHeight()),
                            kEvidenceBackground);
        if (s.color) ImGui::PushStyleColor(ImGuiCol_Text, s.color);
        ImGui::TextUnformatted(b, e);
        if (s.color) ImGui::PopStyleColor();
      }
      i = j < s.end ? j + 1 : j;
    }
  }
}

void DealReader::draw(const AppModel& model) {
  if (!open_) return;
  const auto& deals = model.result.deals.deals;
  const auto& docs = model.result.corpus.docs;
  if (deal_ < 0 || deal_ >= static_cast<int>(deals.size()) || doc_index_ < 0) return;
  const Deal& d = deals[deal_];
  const Document& doc = docs[doc_index_];
  ImGui::SetNextWindowSize(ImVec2(560 * model.ui_scale, 420 * model.ui_scale), ImGuiCond_FirstUseEver);
  if (ImGui::Begin("Reader###deal_reader", &open_)) {
    ImGui::Text("%s", doc.name.c_str());
    ImGui::TextWrapped("%s | %s | %s%s", d.kind.c_str(), d.item.c_str(), d.status.c_str(),
                       d.aggregate ? " | umbrella over other deals" : "");
    if (!d.evidence_extra.empty())
      muted_text(("told in " + std::to_string(ranges_.size()) + " sentences, all highlighted").c_str());
    muted_text("money  country  org  person  date  quantity: coloured in the highlighted evidence");
    ImGui::Separator();
    if (ImGui::BeginChild("text")) {
      const std::string& t = doc.text;
      const auto size = static_cast<std::uint32_t>(t.size());
      std::uint32_t pos = 0;
      for (const Evidence& r : ranges_) {
        std::uint32_t s = std::min(std::max(r.start, pos), size), e = std::min(r.end, size);
        muted_block(t, pos, s);
        if (scroll_frames_ > 0 && r.start == primary_) {
          // The cursor is at the evidence; SetScrollHereY would centre the whole text block drawn before it.
          ImGui::SetScrollFromPosY(ImGui::GetCursorPosY() - ImGui::GetScrollY(), 0.3f);
          --scroll_frames_;
        }
        draw_evidence(t, s, e);
        pos = std::max(pos, e);
      }
      muted_block(t, pos, size);
    }
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace entente
