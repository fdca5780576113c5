import { describe, expect, it } from 'vitest';
import { complementary, namedByWhole, partitionOf } from '../../src/text/rules/complements.js';

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

describe('namedByWhole', () => {
  it('is true when the whole names each part, joined by 和 or 、', () => {
    expect(namedByWhole('向省发改委和国家发改委争取资金', ['国家发改委安排资金', '省发改委安排资金'])).toBe(
      true,
    );
    expect(namedByWhole('甲、乙、丙三村种植', ['甲村种植', '乙村种植', '丙村种植'])).toBe(false);
    expect(namedByWhole('甲村、乙村、丙村种植', ['甲村种植', '乙村种植', '丙村种植'])).toBe(true);
  });
  it('is false when a part is not named, or two parts take the same name', () => {
    expect(namedByWhole('争取资金', ['国家发改委安排资金', '省发改委安排资金'])).toBe(false);
    expect(namedByWhole('向省发改委和国家发改委争取资金', ['省发改委安排资金', '省发改委下达资金'])).toBe(
      false,
    );
    expect(namedByWhole('向省发改委和国家发改委争取资金', ['省发改委安排资金'])).toBe(false);
  });
});
