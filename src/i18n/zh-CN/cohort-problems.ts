import type { CohortProblemMessages, ValueRule } from '../../cohort/problem-messages.ts';
import { lifecycleStages, tiers } from '../../cohort/fields.ts';

/**
 * 客群文件问题的中文说明：每个 code 一个函数，参数与英文 `cohortProblemMessages` 相同。
 * Column names and values stay as the file writes them (monetary, "dormant", "03-15"): they are
 * what the marketer sees in the spreadsheet.
 */
const rules: Record<ValueRule, string> = {
  required: '不能为空',
  text: '必须是文字',
  emptyText: '不能是空文字（没有值时请省略该项）',
  number: '必须是数字',
  nonNegative: '必须是大于或等于 0 的数字',
  share: '必须是 0 到 1 之间的数字',
  boolean: '必须是 true 或 false',
  csvBoolean: '必须是 true 或 false、yes 或 no、1 或 0',
  monthDay: '必须是 MM-DD 格式的月和日，例如 03-15',
  date: '必须是 YYYY-MM-DD 格式的真实日期，例如 2024-03-15',
  tags: '必须是标签列表',
  tag: '每个标签必须是非空文字，不含“|”，前后不留空格',
  idLength: '最多 128 个字符',
  stage: `必须是以下之一：${lifecycleStages.join('、')}`,
  tier: `必须是以下之一：${tiers.join('、')}`,
  format: '必须是 "journey-canvas-cohort"',
  schemaVersion: '必须是 1',
  cohortIdEmpty: '不能为空',
  cohortIdLength: '最多 64 个字符',
  cohortIdChars: '只能使用字母、数字、“-”和“_”',
  nameLength: '最多 120 个字符',
  customersList: '必须是客户列表',
  customersEmpty: '至少要有一位客户',
};

const messages: CohortProblemMessages = {
  emptyFile: () => '文件是空的。',
  noCustomers: () => '文件只有表头，下面没有客户。',
  unnamedColumn: ({ position }) => `表头第 ${position} 列没有名称。`,
  unknownColumn: ({ name, columns }) => `“${name}”不是客群的列。可用的列有：${columns}。`,
  columnCase: ({ name, suggestion }) => `“${name}”不是客群的列：是不是“${suggestion}”？（列名区分大小写）`,
  repeatedColumn: ({ name }) => `表头中“${name}”出现了两次。`,
  missingIdColumn: ({ found }) => `第一行必须是列名表头，并且必须包含“id”（现在是：${found}）。`,
  rowLength: ({ values, columns }) => `这一行有 ${values} 个值，但表头有 ${columns} 列。`,
  unclosedQuote: () => '有一个带引号的值没有结束：缺少结尾的 "，文件其余部分都被当成了一个值。',
  malformedQuote: () => '带引号的值在结尾的 " 之后还有文字：值内的引号请写成 ""。',
  csvSyntax: ({ detail }) => `CSV 格式有误：${detail}。`,
  duplicateIdRow: ({ id, firstRow }) => `id“${id}”已在第 ${firstRow} 行使用。`,
  duplicateIdCustomer: ({ id, first }) => `id“${id}”已被第 ${first} 位客户使用。`,
  invalidValue: ({ rule, found }, text) =>
    found === undefined ? text[rule] : `${text[rule]}（现在是“${found}”）`,
  otherValue: ({ detail }) => detail,
  invalidFile: ({ rule }, text) => `文件${text[rule]}`,
  tooManyTags: ({ max }) => `客群中不同的标签超过了 ${max} 个`,
  tooManyCities: ({ max }) => `客群中不同的城市超过了 ${max} 个`,
  notJson: ({ detail }) => `文件不是有效的 JSON：${detail}`,
  notCohortObject: () => 'JSON 客群文件必须是包含 format、schemaVersion、id、name 和 customers 的对象。',
  notCustomerObject: () => '必须是包含客户各列的对象',
  unknownFileField: ({ name }) => `“${name}”不是客群文件的字段：请删除`,
  unknownCustomerField: ({ name }) => `“${name}”不是客群的列：请删除`,
  moreProblems: ({ count }) => `……另有 ${count} 个问题未列出`,
};

export const cohortProblems = { messages, rules };
