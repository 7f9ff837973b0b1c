// The renderer's two WebGL2 programs and its vertex layout (see gl_programs.h).
#include "gl_programs.h"

#include <GLES3/gl3.h>

#include "imgui.h"

namespace entente {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";

constexpr const char* kTexturedShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_colour;
layout (location = 0) out vec4 out_colour;
void main() { out_colour = frag_colour * texture(atlas, frag_uv); })";

constexpr const char* kFlatShader = R"(#version 300 es
precision mediump float;
in vec2 frag_uv;
in vec4 frag_colour;
layout (location = 0) out vec4 out_colour;
void main() { out_colour = frag_colour; })";

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

GLuint link(const char* fragment_source) {
  const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, fragment_source);
  const GLuint program = glCreateProgram();
  glAttachShader(program, vertex);
  glAttachShader(program, fragment);
  glLinkProgram(program);
  glDetachShader(program, vertex);
  glDetachShader(program, fragment);
  glDeleteShader(vertex);
  glDeleteShader(fragment);
  return program;
}

}  // namespace

void point_attributes(std::size_t base) {
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  const auto at = [base](std::size_t offset) { return reinterpret_cast<void*>(base + offset); };
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(offsetof(ImDrawVert, col)));
}

unsigned link_textured_program() {
  return link(kTexturedShader);
}

unsigned link_flat_program() {
  return link(kFlatShader);
}

}  // namespace entente
