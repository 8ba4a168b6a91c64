# A minimal stand-in for Homebrew's Formula DSL, to load a generated formula in real Ruby:
#   ruby formula-standin.rb FORMULA NAME [OS ARCH SRC_DIR PREFIX]
# finds the class by Homebrew's own naming rule (Formulary.class_s, copied below), prints JSON
# with the fields and every url/sha256 pair with the on_macos/on_linux + on_intel/on_arm block it
# is in; given a platform, runs `install` in SRC_DIR (the unpacked archive) into PREFIX — each
# installed file must exist — and then the `test do` block against PREFIX/bin.
require 'json'
require 'fileutils'

# Homebrew/Library/Homebrew/formulary.rb
def class_s(name)
  class_name = name.capitalize
  class_name.gsub!(/[-_.\s]([a-zA-Z0-9])/) { Regexp.last_match(1).upcase }
  class_name.tr!("+", "x")
  class_name.sub!(/(.)@(\d)/, "\\1AT\\2")
  class_name
end

class InstallDir
  def initialize(dir, log) = (@dir = dir; @log = log)
  def to_s = @dir
  def install(*args)
    args.each do |a|
      pairs = a.is_a?(Hash) ? a.to_a : [[a, File.basename(a)]]
      pairs.each do |src, dst|
        raise "install: #{src} is not in the archive" unless File.file?(src)
        FileUtils.mkdir_p(@dir)
        FileUtils.cp(src, File.join(@dir, dst), preserve: true)
        @log << File.join(@dir, dst)
      end
    end
  end
end

class Formula
  class << self
    def rec = (@rec ||= { 'fields' => {}, 'urls' => [] })
    %w[desc homepage version license].each do |m|
      define_method(m) { |v| rec['fields'][m] = v }
    end
    def within(**c)
      raise "on_* block nested in the same dimension" if c.keys.any? { |k| (@ctx || {}).key?(k.to_s) }
      old = @ctx || {}
      @ctx = old.merge(c.transform_keys(&:to_s))
      yield
      @ctx = old
    end
    def on_macos(&b) = within(os: 'darwin', &b)
    def on_linux(&b) = within(os: 'linux', &b)
    def on_arm(&b) = within(arch: 'arm64', &b)
    def on_intel(&b) = within(arch: 'amd64', &b)
    def url(u) = rec['urls'] << (@ctx || {}).merge('url' => u)
    def sha256(s)
      last = rec['urls'].last
      raise "sha256 outside the block of its url" unless last && last.reject { |k, _| k == 'url' } == (@ctx || {})
      last['sha256'] = s
    end
    def test(&b) = (@test_block = b)
    attr_reader :test_block
  end

  attr_reader :installed
  def initialize(prefix) = (@prefix = prefix; @installed = [])
  def bin = InstallDir.new(File.join(@prefix, 'bin'), @installed)
  (1..8).each { |n| define_method("man#{n}") { InstallDir.new(File.join(@prefix, "share/man/man#{n}"), @installed) } }
  def bash_completion = InstallDir.new(File.join(@prefix, 'etc/bash_completion.d'), @installed)
  def zsh_completion = InstallDir.new(File.join(@prefix, 'share/zsh/site-functions'), @installed)
  def fish_completion = InstallDir.new(File.join(@prefix, 'share/fish/vendor_completions.d'), @installed)
  def shell_output(cmd, result = 0)
    out = IO.popen(['/bin/sh', '-c', cmd], err: [:child, :out], &:read)
    raise "#{cmd}: exit #{$?.exitstatus}, expected #{result}" unless $?.exitstatus == result
    out
  end
  def assert_match(pattern, s)
    ok = pattern.is_a?(Regexp) ? pattern.match?(s) : s.include?(pattern)
    raise "assert_match: #{pattern.inspect} not in #{s.inspect}" unless ok
  end
  def system(*args) = (Kernel.system(*args) or raise "system #{args.inspect} failed")
end

file, name, os, arch, src, prefix = ARGV
load file
klass = Object.const_get(class_s(name))
raise "#{klass} is not a Formula" unless klass < Formula
out = { 'class' => klass.name, 'fields' => klass.rec['fields'], 'urls' => klass.rec['urls'] }
if os
  f = klass.new(prefix)
  Dir.chdir(src) { f.install }
  out['installed'] = f.installed.map { |p| p.delete_prefix(prefix + '/') }.sort
  f.instance_eval(&klass.test_block)
  out['test'] = 'passed'
end
puts JSON.generate(out)
