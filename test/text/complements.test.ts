import { describe, expect, it } from 'vitest';
import { complementary, partitionOf } from '../../src/text/rules/complements.js';

describe('complementary', () => {
  it('pairs names that differ by the two words of a split', () => {
    expect(complementary('人员经费', '公用经费')).toBe(true);
    expect(complementary('在省内务工', '到省外务工')).toBe(true);
    expect(complementary('女职工', '男职工')).toBe(true);
    expect(complementary('合格产品', '不合格产品')).toBe(true);
  });
  it('refuses names that only share a word, or count other things', () => {
    expect(complementary('党员', '女性')).toBe(false);
    expect(complementary('人员经费', '公用车辆')).toBe(false);
    expect(complementary('合格产品', '合格率')).toBe(false);
    expect(complementary('不合格产品', '不合格批次')).toBe(false);
  });
});

describe('partitionOf', () => {
  it('knows the 三公 funds and the two parts of 公务用车, in any order', () => {
    expect(partitionOf(['公务接待费', '因公出国(境)费', '公务用车购置及运行维护费'])).toBe(true);
    expect(partitionOf(['公务用车购置费', '公务用车运行维护费'])).toBe(true);
  });
  it('refuses a list with a member missing, repeated or foreign', () => {
    expect(partitionOf(['因公出国(境)费', '公务接待费'])).toBe(false);
    expect(partitionOf(['因公出国(境)费', '公务接待费', '会议费'])).toBe(false);
    expect(partitionOf(['公务接待费', '公务接待费', '因公出国(境)费'])).toBe(false);
  });
});
