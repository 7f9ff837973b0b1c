// ImGui draw data drawn with two WebGL2 programs, textured and flat (see gl_renderer.h).
#include "gl_renderer.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "gl_programs.h"

namespace entente {
namespace {

static_assert(sizeof(ImDrawIdx) == sizeof(std::uint16_t), "draw_runs.h and the draws read 16-bit indices");

// A flat stretch covering less than this (square pixels) is drawn textured: below it a draw call costs more.
constexpr float kMinFlatArea = 4096;
// Opaque rectangles this big (pixels) are cleared rather than drawn.
constexpr float kMinClearArea = 1024;

GLuint gl_id(ImTextureID texture) {
  return static_cast<GLuint>(reinterpret_cast<std::intptr_t>(texture));
}

// A draw command's scissor in framebuffer pixels, rounded as ImGui's OpenGL3 backend rounds it.
PixelRect scissor_of(const ImDrawCmd& cmd, const ImDrawData* data, int fb_height) {
  const ImVec2 o = data->DisplayPos, k = data->FramebufferScale;
  const float x0 = (cmd.ClipRect.x - o.x) * k.x, y0 = (cmd.ClipRect.y - o.y) * k.y;
  const float x1 = (cmd.ClipRect.z - o.x) * k.x, y1 = (cmd.ClipRect.w - o.y) * k.y;
  if (x1 <= x0 || y1 <= y0) return {};
  // glScissor(int(x0), int(fb_height - y1), int(x1 - x0), int(y1 - y0)), back in top-down pixels.
  const float left = static_cast<float>(static_cast<int>(x0));
  const float bottom = static_cast<float>(static_cast<int>(static_cast<float>(fb_height) - y1));
  const float width = static_cast<float>(static_cast<int>(x1 - x0));
  const float height = static_cast<float>(static_cast<int>(y1 - y0));
  const float top = static_cast<float>(fb_height) - bottom - height;
  return {left, top, left + width, top + height};
}

// The pixels `cmd` can touch: its scissor, narrowed to the box around the vertices its indices use.
PixelRect command_bounds(const ImDrawList* list, const ImDrawCmd& cmd, const ImDrawData* data,
                         int fb_height) {
  const PixelRect scissor = scissor_of(cmd, data, fb_height);
  if (scissor.empty() || cmd.ElemCount == 0) return {};
  const ImDrawIdx* index = list->IdxBuffer.Data + cmd.IdxOffset;
  const ImDrawVert* vertices = list->VtxBuffer.Data + cmd.VtxOffset;
  float x0 = vertices[index[0]].pos.x, y0 = vertices[index[0]].pos.y, x1 = x0, y1 = y0;
  for (unsigned i = 1; i < cmd.ElemCount; ++i) {
    const ImVec2 p = vertices[index[i]].pos;
    x0 = std::min(x0, p.x);
    y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x);
    y1 = std::max(y1, p.y);
  }
  const ImVec2 o = data->DisplayPos, k = data->FramebufferScale;
  const PixelRect box{std::floor((x0 - o.x) * k.x) - 1, std::floor((y0 - o.y) * k.y) - 1,
                      std::ceil((x1 - o.x) * k.x) + 1, std::ceil((y1 - o.y) * k.y) + 1};
  return intersect(scissor, box);
}

}  // namespace

GlRenderer::GlRenderer() {
  textured_.id = link_textured_program();
  textured_.projection = glGetUniformLocation(textured_.id, "projection");
  flat_.id = link_flat_program();
  flat_.projection = glGetUniformLocation(flat_.id, "projection");
  glUseProgram(textured_.id);
  glUniform1i(glGetUniformLocation(textured_.id, "atlas"), 0);
  glGenVertexArrays(1, &vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glGenBuffers(1, &index_buffer_);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  point_attributes(0);
  glBindVertexArray(0);
}

GlRenderer::~GlRenderer() {
  glDeleteBuffers(1, &index_buffer_);
  glDeleteBuffers(1, &vertex_buffer_);
  glDeleteVertexArrays(1, &vertex_array_);
  glDeleteProgram(flat_.id);
  glDeleteProgram(textured_.id);
}

void GlRenderer::use(const Program& program) {
  if (current_program_ == program.id) return;
  glUseProgram(program.id);
  current_program_ = program.id;
}

// Blending as ImGui expects, no depth or culling, and an orthographic projection of the display rectangle.
void GlRenderer::set_state(const ImDrawData* data, int fb_width, int fb_height) {
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glViewport(0, 0, fb_width, fb_height);
  const float l = data->DisplayPos.x, r = data->DisplayPos.x + data->DisplaySize.x;
  const float t = data->DisplayPos.y, b = data->DisplayPos.y + data->DisplaySize.y;
  const float projection[16] = {
      2 / (r - l), 0, 0, 0, 0, 2 / (t - b), 0, 0, 0, 0, -1, 0, (r + l) / (l - r), (t + b) / (b - t), 0, 1};
  for (const Program* p : {&textured_, &flat_}) {
    use(*p);
    glUniformMatrix4fv(p->projection, 1, GL_FALSE, projection);
  }
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(vertex_array_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
}

// Sums up each list of `data` (its hash and the pixels it can touch) into now_, and the frame into picture_.
void GlRenderer::describe(const ImDrawData* data, int fb_height) {
  now_.clear();
  picture_ = 0;
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    ListPicture picture{list, 0, {}};
    picture.hash = hash_bytes(list->VtxBuffer.Data, list->VtxBuffer.size_in_bytes(), picture.hash);
    picture.hash = hash_bytes(list->IdxBuffer.Data, list->IdxBuffer.size_in_bytes(), picture.hash);
    picture.hash = hash_bytes(list->CmdBuffer.Data, list->CmdBuffer.size_in_bytes(), picture.hash);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (!cmd.UserCallback)
        picture.bounds = unite(picture.bounds, command_bounds(list, cmd, data, fb_height));
    }
    picture_ = hash_bytes(&picture.hash, sizeof picture.hash, picture_);
    now_.push_back(picture);
  }
}

// What this frame must draw: everything after a change of size, clear colour, textures or fonts, or without a
// kept buffer; otherwise where lists changed. Remembers this frame for the next.
PixelRect GlRenderer::area_to_draw(int fb_width, int fb_height, const ImVec4& clear, std::uint64_t textures) {
  const PixelRect screen{0, 0, static_cast<float>(fb_width), static_cast<float>(fb_height)};
  const bool same_clear =
      clear.x == clear_.x && clear.y == clear_.y && clear.z == clear_.z && clear.w == clear_.w;
  const bool full = !partial_ || invalid_ || fb_width != width_ || fb_height != height_ || !same_clear ||
                    textures != textures_;
  PixelRect area = full ? screen : changed_area(before_, now_, screen);
  std::swap(before_, now_);
  invalid_ = false;
  width_ = fb_width;
  height_ = fb_height;
  clear_ = clear;
  textures_ = textures;
  return {std::floor(area.x0), std::floor(area.y0), std::ceil(area.x1), std::ceil(area.y1)};
}

bool GlRenderer::render(const ImDrawData* data, int fb_width, int fb_height, const ImVec4& clear,
                        std::uint64_t textures) {
  if (!data || fb_width <= 0 || fb_height <= 0) return false;
  describe(data, fb_height);
  const PixelRect area = area_to_draw(fb_width, fb_height, clear, textures);
  if (area.empty()) return false;
  current_program_ = 0;
  set_state(data, fb_width, fb_height);
  mapping_ = {data->DisplayPos.x, data->DisplayPos.y, data->FramebufferScale.x, data->FramebufferScale.y};
  scissor_to(area);
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  for (int n = 0; n < data->CmdListsCount; ++n) {  // before_ holds this frame's lists now
    if (!intersect(before_[static_cast<std::size_t>(n)].bounds, area).empty()) {
      draw_list(data->CmdLists[n], area, fb_height, data);
    }
  }
  glBindVertexArray(0);
  return true;
}

// One list's commands, each within its scissor and `area`: only their triangles that can touch it are sent.
void GlRenderer::draw_list(const ImDrawList* list, const PixelRect& area, int fb_height,
                           const ImDrawData* data) {
  indices_.clear();
  spans_.clear();
  for (const ImDrawCmd& cmd : list->CmdBuffer) {
    Span span;
    span.first = static_cast<std::uint32_t>(indices_.size());
    if (!cmd.UserCallback) span.scissor = intersect(scissor_of(cmd, data, fb_height), area);
    if (!span.scissor.empty()) {
      const VertexView view{list->VtxBuffer.Data + cmd.VtxOffset, sizeof(ImDrawVert),
                            offsetof(ImDrawVert, pos), offsetof(ImDrawVert, uv)};
      span.count = keep_triangles_in(view, list->IdxBuffer.Data + cmd.IdxOffset, cmd.ElemCount, span.scissor,
                                     data->DisplayPos.x, data->DisplayPos.y, data->FramebufferScale.x,
                                     data->FramebufferScale.y, indices_);
    }
    spans_.push_back(span);
  }
  if (indices_.empty()) return;
  // A new store per list (not a sub-range rewrite): the previous list's draws may still read the old one.
  glBufferData(GL_ARRAY_BUFFER, list->VtxBuffer.size_in_bytes(), list->VtxBuffer.Data, GL_STREAM_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices_.size() * sizeof(ImDrawIdx)),
               indices_.data(), GL_STREAM_DRAW);
  for (int i = 0; i < list->CmdBuffer.Size; ++i) {
    const ImDrawCmd& cmd = list->CmdBuffer[i];
    if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
      set_state(data, width_, fb_height);
    } else if (cmd.UserCallback) {
      cmd.UserCallback(list, &cmd);
    } else if (spans_[static_cast<std::size_t>(i)].count > 0) {
      draw_command(list, cmd, spans_[static_cast<std::size_t>(i)]);
    }
  }
}

// One command's kept triangles: its scissor (top-down framebuffer pixels), its texture, flat and textured
// runs.
void GlRenderer::draw_command(const ImDrawList* list, const ImDrawCmd& cmd, const Span& span) {
  scissor_to(span.scissor);
  glBindTexture(GL_TEXTURE_2D, gl_id(cmd.TextureId));
  // Without a base-vertex draw in WebGL2, a vertex offset moves the attribute pointers instead.
  if (cmd.VtxOffset != 0) point_attributes(static_cast<std::size_t>(cmd.VtxOffset) * sizeof(ImDrawVert));
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (cmd.TextureId == atlas->TexID) {
    const VertexView view{list->VtxBuffer.Data + cmd.VtxOffset, sizeof(ImDrawVert), offsetof(ImDrawVert, pos),
                          offsetof(ImDrawVert, uv)};
    split_draw_runs(view, indices_.data() + span.first, span.count, atlas->TexUvWhitePixel.x,
                    atlas->TexUvWhitePixel.y, kMinFlatArea, runs_);
  } else {
    runs_.assign(1, DrawRun{0, span.count, false});
  }
  for (const DrawRun& run : runs_) {
    if (run.flat) {
      draw_flat_run(list, cmd, span, run);
      continue;
    }
    use(textured_);
    draw_indices(span.first + run.first, run.count);
  }
  if (cmd.VtxOffset != 0) point_attributes(0);
}

// A flat run, its big opaque rectangles filled by clears of the framebuffer (cheaper than shading them under
// software GL; the same pixels), the rest drawn in between, in order.
void GlRenderer::draw_flat_run(const ImDrawList* list, const ImDrawCmd& cmd, const Span& span,
                               const DrawRun& run) {
  const VertexView view{list->VtxBuffer.Data + cmd.VtxOffset, sizeof(ImDrawVert), offsetof(ImDrawVert, pos),
                        offsetof(ImDrawVert, uv), offsetof(ImDrawVert, col)};
  find_clear_rects(view, indices_.data() + span.first + run.first, run.count, mapping_, kMinClearArea,
                   clears_);
  use(flat_);
  std::uint32_t at = 0;  // from the run's first index
  for (const ClearRect& c : clears_) {
    draw_indices(span.first + run.first + at, c.first - at);
    const PixelRect r = intersect(c.rect, span.scissor);
    if (!r.empty()) {
      scissor_to(r);
      glClearColor(c.rgba[0] / 255.0f, c.rgba[1] / 255.0f, c.rgba[2] / 255.0f, c.rgba[3] / 255.0f);
      glClear(GL_COLOR_BUFFER_BIT);
      scissor_to(span.scissor);
    }
    at = c.first + 6;
  }
  draw_indices(span.first + run.first + at, run.count - at);
}

void GlRenderer::draw_indices(std::uint32_t first, std::uint32_t count) {
  if (count == 0) return;
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(count), GL_UNSIGNED_SHORT,
                 reinterpret_cast<void*>(first * sizeof(ImDrawIdx)));
}

// Limits drawing to `r` (top-down framebuffer pixels).
void GlRenderer::scissor_to(const PixelRect& r) {
  glScissor(static_cast<GLint>(r.x0), static_cast<GLint>(static_cast<float>(height_) - r.y1),
            static_cast<GLsizei>(r.x1 - r.x0), static_cast<GLsizei>(r.y1 - r.y0));
}

}  // namespace entente
