// Categorical colours for topics (lexicon and discovered), shared by the Topics and Discovered Topics
// windows.
#pragma once

#include "imgui.h"

namespace entente {

inline constexpr ImU32 kTopicPalette[20] = {
    IM_COL32(31, 119, 180, 255),  IM_COL32(255, 127, 14, 255),  IM_COL32(44, 160, 44, 255),
    IM_COL32(214, 39, 40, 255),   IM_COL32(148, 103, 189, 255), IM_COL32(140, 86, 75, 255),
    IM_COL32(227, 119, 194, 255), IM_COL32(127, 127, 127, 255), IM_COL32(188, 189, 34, 255),
    IM_COL32(23, 190, 207, 255),  IM_COL32(57, 59, 121, 255),   IM_COL32(173, 73, 74, 255),
    IM_COL32(99, 121, 57, 255),   IM_COL32(140, 109, 49, 255),  IM_COL32(123, 65, 115, 255),
    IM_COL32(82, 84, 163, 255),   IM_COL32(181, 207, 107, 255), IM_COL32(231, 186, 82, 255),
    IM_COL32(214, 97, 107, 255),  IM_COL32(206, 109, 189, 255)};

// Colour of the i-th topic: 20 distinct hues, then repeating. Slightly brighter on the dark theme.
inline ImU32 topic_color(int i, bool dark) {
  ImU32 c = kTopicPalette[(i < 0 ? 0 : i) % 20];
  if (!dark) return c;
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.x = v.x + (1.0f - v.x) * 0.2f;
  v.y = v.y + (1.0f - v.y) * 0.2f;
  v.z = v.z + (1.0f - v.z) * 0.2f;
  return ImGui::ColorConvertFloat4ToU32(v);
}

// A small filled square in the topic's colour, on the current line (for legends and tables).
inline void color_swatch(ImU32 color, float size) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float pad = (ImGui::GetTextLineHeight() - size) * 0.5f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + pad), ImVec2(p.x + size, p.y + pad + size),
                                            color);
  ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
}

}  // namespace entente
