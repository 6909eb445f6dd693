// Simplified ↔ Traditional character pairs, written out by hand for the words customers use
// (orders, parcels, money, quality, service, places). A pair is listed only when the simplified
// form is not also an ordinary Traditional character (so 面/麵, 里/裡, 只/隻, 台/臺, 干/乾, 余/餘,
// 范/範, 云/雲, 准/準, 征/徵, 系/係 are left out on the simplified side: they prove nothing).

const PAIRS = `
们們 这這 没沒 个個 说說 货貨 发發 后後 订訂 单單 买買 卖賣 东東 还還 给給 时時 间間 问問 题題
吗嗎 么麼 为為 与與 见見 现現 边邊 过過 运運 递遞 达達 邮郵 钱錢 换換 坏壞 质質 颜顏 红紅 绿綠
蓝藍 错錯 误誤 对對 关關 门門 开開 号號 码碼 电電 话話 图圖 视視 频頻 样樣 实實 际際 态態 务務
员員 处處 让讓 应應 该該 请請 谢謝 帮幫 办辦 经經 长長 张張 块塊 两兩 几幾 万萬 亿億 区區 县縣
场場 书書 车車 鸡雞 鱼魚 鸟鳥 马馬 饭飯 馆館 点點 烂爛 损損 伤傷 脏髒 变變 气氣 热熱 冻凍 网網
络絡 线線 纸紙 装裝 双雙 条條 节節 礼禮 听聽 读讀 写寫 认認 识識 记記 议議 论論 证證 据據 试試
谁誰 询詢 语語 词詞 计計 设設 许許 诉訴 评評 讨討 谈談 调調 转轉 软軟 轻輕 较較 辆輛 输輸 载載
轮輪 选選 遗遺 迟遲 进進 远遠 连連 头頭 闻聞 阅閱 闭閉 闹鬧 队隊 阳陽 阴陰 陆陸 险險 随隨 难難
欢歡 观觀 觉覺 规規 亲親 览覽 贝貝 负負 财財 责責 败敗 账賬 贩販 贫貧 购購 贵貴 费費 资資 赔賠
赏賞 赛賽 赚賺 赠贈 跃躍 违違 钟鐘 铁鐵 银銀 锁鎖 链鏈 镜鏡 闪閃 阶階 陈陳 隐隱 雾霧 页頁 顶頂
项項 顺順 须須 顾顧 顿頓 预預 领領 额額 风風 飞飛 饮飲 饰飾 饱飽 驶駛 验驗 骗騙 鲜鮮 鸭鴨 齐齊
龙龍 亚亞 产產 从從 仓倉 价價 众眾 优優 会會 伞傘 伟偉 传傳 体體 侧側 债債 倾傾 仅僅 儿兒 兰蘭
兴興 养養 军軍 农農 冲衝 决決 况況 净淨 减減 击擊 划劃 则則 刚剛 创創 删刪 别別 刘劉 剧劇 劝勸
动動 劳勞 势勢 华華 协協 卫衛 却卻 厂廠 厅廳 历歷 压壓 参參 叶葉 叹嘆 吓嚇 响響 团團 园園 围圍
国國 圆圓 圣聖 坚堅 垫墊 墙牆 壮壯 声聲 壳殼 备備 复復 夹夾 夺奪 奋奮 奖獎 妇婦 妈媽 婴嬰 孙孫
学學 宁寧 宝寶 宠寵 审審 宽寬 寻尋 导導 寿壽 将將 尔爾 尘塵 尝嘗 层層 属屬 岁歲 岛島 币幣 师師
帐帳 带帶 广廣 庄莊 庆慶 库庫 废廢 异異 弃棄 弹彈 归歸 当當 录錄 忆憶 怀懷 总總 恋戀 恶惡 惊驚
惯慣 愿願 战戰 执執 扩擴 扫掃 扬揚 扰擾 抢搶 护護 报報 担擔 拥擁 拦攔 择擇 挂掛 挡擋 挤擠 捡撿
摆擺 敌敵 数數 断斷 无無 旧舊 显顯 晒曬 暂暫 术術 机機 杀殺 杂雜 权權 来來 杨楊 极極 构構 柜櫃
标標 树樹 桥橋 检檢 楼樓 欧歐 残殘 毕畢 汇匯 汉漢 汤湯 沪滬 泪淚 洁潔 浅淺 测測 济濟 浓濃 涨漲
渐漸 湾灣 湿濕 满滿 滚滾 灭滅 灯燈 灵靈 灾災 炉爐 烦煩 烧燒 爱愛 爷爺 牵牽 犹猶 状狀 独獨 猪豬
献獻 环環 画畫 畅暢 疗療 痒癢 盖蓋 盘盤 监監 矿礦 础礎 确確 祸禍 离離 种種 积積 称稱 税稅 稳穩
穷窮 竞競 笔筆 笼籠 签簽 简簡 类類 粮糧 紧緊 纠糾 约約 级級 纪紀 纯純 纳納 练練 组組 细細 织織
终終 结結 绕繞 绝絕 统統 继繼 续續 维維 缓緩 编編 缝縫 缩縮 罚罰 罢罷 职職 联聯 肠腸 肤膚 肿腫
胀脹 脑腦 脚腳 脸臉 艺藝 苏蘇 苹蘋 荐薦 药藥 获獲 营營 虑慮 虽雖 虾蝦 补補 触觸 训訓 讯訊 讲講
访訪 译譯 诚誠 详詳 课課 贴貼 赶趕 辞辭 适適 邻鄰 郑鄭 酱醬 释釋 针針 钢鋼 铺鋪 销銷 锅鍋 键鍵
闷悶 韩韓 颗顆 饼餅 馈饋 驱驅 驾駕 骂罵 麦麥 齿齒 丢丟 严嚴 丰豐 临臨 丽麗 举舉 义義 乐樂 乡鄉
乱亂 争爭 亏虧 俩倆 储儲 党黨 尽盡 剂劑 医醫 厕廁 凤鳳 戏戲 岗崗 帜幟 币幣 弯彎 征徵 彻徹 忧憂
怜憐 恳懇 态態 慑懾 戴戴 扑撲 扎紮 抛拋 拨撥 挥揮 损損 换換 据據 掷擲 搅攪 携攜 摊攤 撑撐 斗鬥
旷曠 时時 昼晝 显顯 晕暈 杆桿 条條 枣棗 栋棟 栏欄 样樣 档檔 桩樁 梦夢 棂欞 椭橢 沟溝 泼潑 泽澤
浆漿 涌湧 涛濤 涡渦 润潤 涩澀 渊淵 溃潰 滞滯 滤濾 滥濫 灿燦 炼煉 烁爍 烛燭 烫燙 焕煥 爆爆 牍牘
犊犢 狱獄 猎獵 猫貓 玛瑪 琐瑣 瓶瓶 电電 疮瘡 疯瘋 痴癡 瘾癮 皱皺 盏盞 睁睜 矫矯 砖磚 碍礙 秃禿
秆稈 窃竊 窝窩 窑窯 竖豎 笋筍 筑築 筛篩 箩籮 篮籃 糁糝 紧緊 纤纖 纬緯 纱紗 纲綱 纵縱 纷紛 纹紋
绅紳 绍紹 绑綁 绒絨 绢絹 绣繡 绪緒 绳繩 绸綢 综綜 绽綻 绿綠 缀綴 缆纜 缎緞 缘緣 缠纏 缴繳 罗羅
聋聾 聪聰 肃肅 肾腎 胁脅 脉脈 脓膿 腊臘 舰艦 舱艙 芜蕪 苍蒼 茧繭 荡蕩 莲蓮 萝蘿 蓦驀 虏虜 蚀蝕
蛮蠻 衅釁 袄襖 袜襪 裤褲 见見 觅覓 誉譽 谊誼 谋謀 谎謊 谐諧 谓謂 谣謠 谦謙 谨謹 谱譜 贡貢 贤賢
贪貪 贯貫 贷貸 贸貿 贺賀 贼賊 赁賃 赂賂 赃贓 赋賦 赌賭 赖賴 赞贊 赵趙 趋趨 践踐 踪蹤 躏躪 轨軌
轰轟 轿轎 辑輯 辖轄 辫辮 边邊 迁遷 迹跡 逻邏 遥遙 邓鄧 郁鬱 酝醞 酿釀 钓釣 钙鈣 钝鈍 钞鈔 钥鑰
钩鉤 钮鈕 钻鑽 铃鈴 铅鉛 铜銅 铝鋁 锈鏽 锋鋒 锐銳 错錯 锡錫 锣鑼 锤錘 锦錦 镀鍍 镇鎮 镑鎊 镶鑲
闯闖 闲閒 阔闊 阵陣 陕陝 隶隸 难難 雳靂 韧韌 顽頑 颁頒 颂頌 预預 颇頗 颈頸 颊頰 频頻 颖穎 颠顛
饥饑 饲飼 饶饒 饺餃 馅餡 驰馳 驻駐 骄驕 骑騎 骚騷 髅髏 鱼魚 鲁魯 鸣鳴 鸿鴻 鹅鵝 鹰鷹 黄黃 龄齡
递遞 寄寄 签簽 层層 罐罐 闸閘 壶壺 蚂螞 蚁蟻 腾騰 滩灘 誊謄 缺缺 卷捲 胶膠 粤粵 厢廂 奥奧 贮貯
偿償 鉴鑑 辈輩 纽紐 胆膽 惩懲 挣掙 饿餓 馒饅 贱賤 赎贖 盐鹽 窜竄 粪糞 绊絆 惨慘 滨濱 浊濁 渗滲 苇葦 谜謎 谅諒
谬謬 贞貞 拣揀 挠撓 捞撈 搂摟 拢攏 缔締 缚縛 鸽鴿 鹤鶴 尸屍 屉屜 凯凱 岂豈 闺閨 阀閥 阁閣 袭襲 衬襯 讳諱 讶訝 诈詐 诞誕 诱誘 贬貶
`;

/** Traditional-only characters with no single simplified partner listed above (裡/裏 for 里 etc.). */
const TRADITIONAL_EXTRA = '裡裏麵隻臺颱乾幹餘範雲準徵係髮鬆穀後鍾於製週衝嚮瞭妳複';

/** Simplified forms that Traditional text also writes in other senses (征服, 一斗, 試卷, 馥郁 …). */
const SHARED_FORMS = '征斗卷郁扎杆涌';

function parsePairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const token of PAIRS.split(/\s+/)) {
    const chars = [...token];
    const [simplified, traditional] = chars;
    if (chars.length === 2 && simplified && traditional && simplified !== traditional)
      out.push([simplified, traditional]);
  }
  return out;
}

const pairs = parsePairs();

/** Characters that only Simplified Chinese writes. */
export const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(
  pairs.map(([s]) => s).filter((s) => !SHARED_FORMS.includes(s)),
);

/** Characters that only Traditional Chinese writes. */
export const TRADITIONAL_ONLY: ReadonlySet<string> = new Set([...pairs.map(([, t]) => t), ...TRADITIONAL_EXTRA]);

const TO_SIMPLIFIED = new Map<string, string>(pairs.map(([s, t]) => [t, s]));
for (const [t, s] of [
  ['裡', '里'],
  ['裏', '里'],
  ['麵', '面'],
  ['隻', '只'],
  ['臺', '台'],
  ['颱', '台'],
  ['乾', '干'],
  ['幹', '干'],
  ['餘', '余'],
  ['範', '范'],
  ['雲', '云'],
  ['準', '准'],
  ['係', '系'],
  ['髮', '发'],
  ['鬆', '松'],
  ['於', '于'],
  ['週', '周'],
  ['製', '制'],
  ['嚮', '向'],
  ['瞭', '了'],
  ['妳', '你'],
  ['複', '复'],
] as const) {
  TO_SIMPLIFIED.set(t, s);
}

// One character class of every foldable character: a message without any (most of them) is returned
// as it is, and the rest only pay a look-up per Traditional character, not per character.
const FOLDABLE = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');

/** Folds Traditional characters to Simplified so one lexicon and one model serve both scripts. */
export function foldToSimplified(text: string): string {
  return text.replace(FOLDABLE, (ch) => TO_SIMPLIFIED.get(ch) ?? ch);
}

/** Counts the characters that only one of the two scripts uses. */
export function countHanVariants(text: string): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified++;
    else if (TRADITIONAL_ONLY.has(ch)) traditional++;
  }
  return { simplified, traditional };
}
