#!/usr/bin/env node
// Reads Plimsoll's JSON report (src/Plimsoll/Reporting/JSON-FORMAT.md) for run.sh: prints capped
// GitHub annotations, writes the markdown job summary and the finding counts, and re-roots the
// SARIF file's paths at the workspace when the tool ran in a subfolder. Settings come from
// PLIMSOLL_* environment variables set by run.sh; nothing here reads action inputs itself.
'use strict';

const fs = require('fs');
const path = require('path');

// GitHub keeps 10 annotations of each level (error, warning, notice) per step and drops the rest.
const ANNOTATIONS_PER_LEVEL = 10;
// A step summary may hold 1 MiB; stay well under it.
const SUMMARY_BUDGET = 800 * 1024;
const SEVERITIES = ['error', 'warning', 'info', 'style'];
const LEVEL = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

const env = process.env;
const report = JSON.parse(fs.readFileSync(env.PLIMSOLL_REPORT, 'utf8'));
const prefix = env.PLIMSOLL_PATH_PREFIX || '';
const requestedLimit = Number.parseInt(env.PLIMSOLL_SUMMARY_LIMIT || '', 10);
const summaryLimit = Number.isInteger(requestedLimit) && requestedLimit >= 0 ? requestedLimit : 50;
const on = (value) => ['true', 'on', 'yes', '1'].includes(String(value || '').toLowerCase());

// Paths in the report are relative to where the tool ran; annotations, links and code scanning
// want them relative to the repository root.
const rooted = (p) => (p === '-' || path.isAbsolute(p) || !prefix ? p : path.posix.normalize(prefix + p));

const findings = [];
for (const file of report.files) {
  for (const f of file.findings) {
    findings.push({ ...f, path: rooted(file.path) });
  }
}

// Counts, for the step's outputs.
const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
for (const f of findings) counts[f.severity] = (counts[f.severity] || 0) + 1;
if (env.PLIMSOLL_COUNTS) {
  const lines = SEVERITIES.map((s) => `${s}-count=${counts[s]}`);
  lines.push(`finding-count=${findings.length}`, `file-count=${report.files.length}`);
  fs.writeFileSync(env.PLIMSOLL_COUNTS, lines.join('\n') + '\n');
}

// Annotations: @actions/core's escaping; the same properties as `plimsoll --format github`.
const escapeData = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const command = (level, props, message) =>
  `::${level} ${Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',')}::${escapeData(message)}`;

const notAnnotated = [];
if (on(env.PLIMSOLL_ANNOTATIONS)) {
  const emitted = { error: 0, warning: 0, notice: 0 };
  for (const n of report.notifications) {
    const level = LEVEL[n.severity] || 'warning';
    if (emitted[level] < ANNOTATIONS_PER_LEVEL) {
      emitted[level] += 1;
      const props = { title: 'Plimsoll' };
      if (n.path) props.file = rooted(n.path);
      console.log(command(level, props, n.message));
    }
  }
  for (const f of findings) {
    const level = LEVEL[f.severity];
    if (emitted[level] < ANNOTATIONS_PER_LEVEL) {
      emitted[level] += 1;
      const props = {
        file: f.path, line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn,
        title: f.name && f.name !== f.id ? `${f.id} ${f.name}` : f.id,
      };
      console.log(command(level, props, f.message));
    } else {
      notAnnotated.push(f);
    }
  }
  if (notAnnotated.length > 0) {
    console.log(`plimsoll: GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; ${notAnnotated.length} more findings are listed in the job summary.`);
  }
}

// The job summary.
const cell = (s) => String(s).replace(/\r?\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
const server = env.GITHUB_SERVER_URL;
const repo = env.GITHUB_REPOSITORY;
const sha = env.GITHUB_SHA;
function location(f) {
  const text = `${f.path}:${f.line}`;
  if (!server || !repo || !sha || f.path === '-' || path.isAbsolute(f.path)) return cell(text);
  const encoded = f.path.split('/').map(encodeURIComponent).join('/');
  const lines = f.endLine > f.line ? `L${f.line}-L${f.endLine}` : `L${f.line}`;
  return `[${cell(text)}](${server}/${repo}/blob/${sha}/${encoded}#${lines})`;
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function findingTable(list, limit) {
  const rows = ['| severity | location | rule | message |', '|---|---|---|---|'];
  for (const f of list.slice(0, limit)) {
    rows.push(`| ${f.severity} | ${location(f)} | ${cell(f.id)} \`${cell(f.name)}\` | ${cell(f.message)} |`);
  }
  return rows;
}

if (env.PLIMSOLL_SUMMARY_FILE) {
  const md = ['## Plimsoll', ''];
  const exit = env.PLIMSOLL_EXIT_CODE || '0';
  const filesWith = report.files.filter((f) => f.findings.length > 0).length;
  const icon = exit === '0' ? ':white_check_mark:' : ':x:';
  if (findings.length === 0) {
    md.push(`${icon} No findings in ${plural(report.files.length, 'file', 'files')}. Exit code ${exit}.`);
  } else {
    const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings'), `${counts.info} info`, `${counts.style} style`].join(', ');
    md.push(`${icon} **${plural(findings.length, 'finding', 'findings')}** (${parts}) in ${filesWith} of ${plural(report.files.length, 'file', 'files')}. Exit code ${exit}${env.PLIMSOLL_THRESHOLD ? `, failure threshold ${env.PLIMSOLL_THRESHOLD}` : ''}.`);
  }
  md.push('');

  if (report.notifications.length > 0) {
    md.push('### Tool notifications', '');
    for (const n of report.notifications) md.push(`- ${n.severity}: ${n.path ? `\`${cell(rooted(n.path))}\`: ` : ''}${cell(n.message)}`);
    md.push('');
  }

  if (findings.length > 0) {
    const byRule = new Map();
    for (const f of findings) {
      const entry = byRule.get(f.id) || { id: f.id, name: f.name, severities: new Set(), count: 0 };
      entry.severities.add(f.severity);
      entry.count += 1;
      byRule.set(f.id, entry);
    }
    md.push('### Findings by rule', '', '| rule | name | severity | findings |', '|---|---|---|---:|');
    const ordered = [...byRule.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    for (const r of ordered) {
      md.push(`| ${cell(r.id)} | \`${cell(r.name)}\` | ${SEVERITIES.filter((s) => r.severities.has(s)).join(', ')} | ${r.count} |`);
    }
    md.push('');

    md.push('### Findings', '', ...findingTable(findings, summaryLimit), '');
    if (findings.length > summaryLimit) {
      md.push(`The first ${summaryLimit} of ${findings.length} findings; the SARIF and JSON reports hold them all.`, '');
    }
  }

  if (notAnnotated.length > 0) {
    md.push('### Not annotated', '');
    md.push(`GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step, so these ${plural(notAnnotated.length, 'finding appears', 'findings appear')} only here:`, '');
    md.push(...findingTable(notAnnotated, notAnnotated.length), '');
  }

  if (env.PLIMSOLL_DIFF && fs.existsSync(env.PLIMSOLL_DIFF)) {
    const diff = fs.readFileSync(env.PLIMSOLL_DIFF, 'utf8');
    md.push('### Fixes', '');
    if (diff.trim() === '') {
      md.push('No fixes to apply.', '');
    } else {
      const limit = 64 * 1024;
      const fence = '`'.repeat(Math.max(3, ...(diff.match(/`+/g) || []).map((m) => m.length + 1)));
      md.push(`${fence}diff`, diff.length > limit ? diff.slice(0, limit) + '\n… (cut; run plimsoll --diff for the whole patch)' : diff.replace(/\n$/, ''), fence, '');
    }
  }

  let text = md.join('\n') + '\n';
  if (Buffer.byteLength(text) > SUMMARY_BUDGET) {
    text = text.slice(0, SUMMARY_BUDGET) + '\n\n… (summary cut to stay under GitHub\'s 1 MiB limit; the SARIF and JSON reports hold every finding)\n';
  }
  fs.appendFileSync(env.PLIMSOLL_SUMMARY_FILE, text);
}

// Code scanning reads SARIF paths as relative to the repository root: when the tool ran in a
// subfolder, put that folder in front of each relative path and point %SRCROOT% at the workspace.
if (prefix && env.PLIMSOLL_SARIF && fs.existsSync(env.PLIMSOLL_SARIF)) {
  const sarif = JSON.parse(fs.readFileSync(env.PLIMSOLL_SARIF, 'utf8'));
  const visit = (node) => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (node === null || typeof node !== 'object') return;
    if (node.uriBaseId === '%SRCROOT%' && typeof node.uri === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(node.uri) && !node.uri.startsWith('/')) {
      node.uri = path.posix.normalize(prefix + node.uri);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'originalUriBaseIds' && value && value['%SRCROOT%'] && env.PLIMSOLL_WORKSPACE) {
        const root = env.PLIMSOLL_WORKSPACE.replace(/\\/g, '/').replace(/\/?$/, '/');
        value['%SRCROOT%'].uri = 'file://' + (root.startsWith('/') ? '' : '/') + root.split('/').map(encodeURIComponent).join('/');
      } else {
        visit(value);
      }
    }
  };
  visit(sarif);
  fs.writeFileSync(env.PLIMSOLL_SARIF, JSON.stringify(sarif, null, 2) + '\n');
}
