-- Headless Neovim (0.7: vim.lsp.start_client) as a second, independent LSP client of `law-report serve --stdio`.
-- Opens PROBE_FILE, waits for the server's diagnostics, asks for document symbols and for a hover at
-- PROBE_LINE/PROBE_CHARACTER (0-based), and writes what it got as JSON to PROBE_OUT. Judging is left to
-- the mocha test that started it.
local cli = assert(os.getenv('PROBE_CLI'), 'set PROBE_CLI')
local file = assert(os.getenv('PROBE_FILE'), 'set PROBE_FILE')
local out = assert(os.getenv('PROBE_OUT'), 'set PROBE_OUT')
local position = { line = tonumber(os.getenv('PROBE_LINE')), character = tonumber(os.getenv('PROBE_CHARACTER')) }

local result = { errors = {} }
local function finish(code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit ' .. code)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local diagnostics, corpus_ready = nil, false
local client_id = vim.lsp.start_client({
  name = 'law-report',
  cmd = { 'node', cli, 'serve', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, params)
      if params.uri == vim.uri_from_bufnr(bufnr) then diagnostics = params.diagnostics end
    end,
    -- The corpus is indexed in the background; its log line says when hovers can use it.
    ['window/logMessage'] = function(_, params)
      if params.message:find('语料索引已建立', 1, true) or params.message:find('Corpus index built', 1, true) then corpus_ready = true end
    end,
  },
})
if not client_id then
  table.insert(result.errors, 'start_client failed')
  finish(1)
end
vim.lsp.buf_attach_client(bufnr, client_id)

if not vim.wait(20000, function() return diagnostics ~= nil end, 20) then table.insert(result.errors, 'no diagnostics within 20 s') end
result.diagnostics = diagnostics

local document = { uri = vim.uri_from_bufnr(bufnr) }
local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = document }, 10000)
result.symbols = symbols and symbols[client_id] and symbols[client_id].result

if not vim.wait(20000, function() return corpus_ready end, 20) then table.insert(result.errors, 'corpus not indexed within 20 s') end
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = document, position = position }, 10000)
result.hover = hover and hover[client_id] and hover[client_id].result

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
finish(0)
