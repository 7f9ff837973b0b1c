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
  // Cut the evidence at the boundaries of the mentions inside it (computed once, not per frame).
  spans_.clear();
  std::uint32_t at = d.evidence.start;
  for (const Mention& m : model.result.deals.mentions) {
    if (m.doc != d.doc || m.start < at || m.end > d.evidence.end) continue;
    if (m.start > at) spans_.push_back({at, m.start, 0});
    spans_.push_back({m.start, m.end, mention_color(m.type)});
    at = m.end;
  }
  if (at < d.evidence.end) spans_.push_back({at, d.evidence.end, 0});
}

void DealReader::draw_evidence(const std::string& text) const {
  const float wrap = ImGui::GetContentRegionAvail().x;
  const float space = ImGui::CalcTextSize(" ").x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float line_x = ImGui::GetCursorPosX();
  float used = 0;
  bool first = true;
  for (const Span& s : spans_) {
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
    ImGui::TextWrapped("%s | %s | %s", d.kind.c_str(), d.item.c_str(), d.status.c_str());
    muted_text("money  country  org  person  date  quantity: coloured in the highlighted evidence");
    ImGui::Separator();
    if (ImGui::BeginChild("text")) {
      const std::string& t = doc.text;
      std::uint32_t s = std::min<std::uint32_t>(d.evidence.start, static_cast<std::uint32_t>(t.size()));
      std::uint32_t e = std::min<std::uint32_t>(d.evidence.end, static_cast<std::uint32_t>(t.size()));
      ImGui::PushStyleColor(ImGuiCol_Text, kMutedColor);
      ImGui::PushTextWrapPos(0.0f);
      if (s > 0) ImGui::TextUnformatted(t.data(), t.data() + s);
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      if (scroll_frames_ > 0) {
        // The cursor is at the evidence; SetScrollHereY would centre the whole text block drawn before it.
        ImGui::SetScrollFromPosY(ImGui::GetCursorPosY() - ImGui::GetScrollY(), 0.3f);
        --scroll_frames_;
      }
      draw_evidence(t);
      ImGui::PushStyleColor(ImGuiCol_Text, kMutedColor);
      ImGui::PushTextWrapPos(0.0f);
      if (e < t.size()) ImGui::TextUnformatted(t.data() + e, t.data() + t.size());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
    }
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace entente
