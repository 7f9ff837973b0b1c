// Fonts and colours for the whole UI.
#include "theme.h"

#include <cmath>

#include "imgui.h"

namespace entente {
namespace {

// Latin with extensions, Cyrillic, Arabic (letters and presentation forms), punctuation, currency signs,
// arrows and the minus sign: the ranges the page's font subset carries (see scripts/assemble_web.sh).
constexpr ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x0400, 0x04FF, 0x0600, 0x06FF, 0xFE70, 0xFEFF, 0x2000,
                                    0x206F, 0x20A0, 0x20CF, 0x2190, 0x2193, 0x2212, 0x2212, 0};

}  // namespace

void build_font_atlas(const std::vector<unsigned char>& ttf, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the caller keeps the bytes for rebuilds at another scale
  config.OversampleH = 1;               // glyphs are rasterized at device size and drawn on whole pixels
  config.OversampleV = 1;
  config.PixelSnapH = true;
  if (ttf.empty()) {
    config.SizePixels = std::round(13.0f * scale);
    io.Fonts->AddFontDefault(&config);
    return;
  }
  void* data = const_cast<unsigned char*>(ttf.data());
  io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), std::round(kFontSizeCss * scale),
                                 &config, kGlyphRanges);
}

void apply_style(bool dark, float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.98f, 1.0f);
    // Radio buttons, checkboxes and fields: a grey fill and a border, not white on near-white.
    style.Colors[ImGuiCol_FrameBg] = ImVec4(0.86f, 0.87f, 0.90f, 1.0f);
    style.Colors[ImGuiCol_Border] = ImVec4(0.55f, 0.57f, 0.62f, 0.80f);
    style.FrameBorderSize = 1.0f;
  }
  // Alternate table rows: the translucent default as it looks over the window, made opaque, so that the
  // renderer fills them with clears (gl_renderer.h) rather than blending them pixel by pixel.
  const ImVec4 window = style.Colors[ImGuiCol_WindowBg], alt = style.Colors[ImGuiCol_TableRowBgAlt];
  if (window.w == 1.0f) {
    auto over = [&](float a, float w) { return a * alt.w + w * (1.0f - alt.w); };
    style.Colors[ImGuiCol_TableRowBgAlt] =
        ImVec4(over(alt.x, window.x), over(alt.y, window.y), over(alt.z, window.z), 1.0f);
  }
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.ScaleAllSizes(scale);
}

}  // namespace entente
