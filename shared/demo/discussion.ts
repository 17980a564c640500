// Speeches of the demo congress, for the agenda and the speaker queue: the prepared contributions
// (tham luận) of department heads, and who presents the opening, the reports and the directive
// speech. Presenters are named by their roster code in the demo roster.

import type { Language } from '../domain/congress/model.js';

export type DemoText = Readonly<Record<Language, string>>;

/** A prepared contribution (tham luận): registered in advance with its title, 5–7 minutes. */
export interface DemoDiscussionSpeech {
  readonly id: string;
  readonly title: DemoText;
  readonly presenterCode: string;
  /** The presenter's base organisation, as the roster names it. */
  readonly organisation: string;
  readonly minutes: number;
}

export const DEMO_DISCUSSION_SPEECHES: readonly DemoDiscussionSpeech[] = [
  {
    id: 'tl-01',
    title: {
      vi: 'Tham luận: Nâng cao chất lượng công tác xây dựng Đảng gắn với đổi mới căn bản, toàn diện giáo dục và đào tạo',
      en: 'Contribution: Raising the quality of Party building alongside the thorough renewal of education and training',
    },
    presenterCode: 'DB013',
    organisation: 'Đảng bộ Sở Giáo dục và Đào tạo',
    minutes: 7,
  },
  {
    id: 'tl-02',
    title: {
      vi: 'Tham luận: Đẩy mạnh cải cách hành chính, nâng cao chất lượng dịch vụ công trực tuyến trong lĩnh vực giao thông vận tải',
      en: 'Contribution: Pressing on with administrative reform and better online public services in transport',
    },
    presenterCode: 'DB014',
    organisation: 'Đảng bộ Sở Giao thông vận tải',
    minutes: 7,
  },
  {
    id: 'tl-03',
    title: {
      vi: 'Tham luận: Phát huy vai trò hạt nhân chính trị của tổ chức đảng trong phòng, chống dịch bệnh và chăm sóc sức khỏe nhân dân',
      en: 'Contribution: The Party organisation as the political core in fighting epidemics and caring for public health',
    },
    presenterCode: 'DB012',
    organisation: 'Đảng bộ Sở Y tế',
    minutes: 6,
  },
  {
    id: 'tl-04',
    title: {
      vi: 'Tham luận: Tăng cường kỷ luật, kỷ cương tài chính; thực hành tiết kiệm, chống lãng phí trong các cơ quan cấp tỉnh',
      en: 'Contribution: Stronger financial discipline; thrift and the fight against waste in provincial agencies',
    },
    presenterCode: 'DB010',
    organisation: 'Đảng bộ Sở Tài chính',
    minutes: 6,
  },
  {
    id: 'tl-05',
    title: {
      vi: 'Tham luận: Chuyển đổi số trong hoạt động của cấp ủy: hội nghị không dùng tài liệu giấy, số hóa hồ sơ đảng viên',
      en: "Contribution: Going digital in the Party committees' work: paperless meetings and digitised members' records",
    },
    presenterCode: 'DB123',
    organisation: 'Đảng bộ Sở Thông tin và Truyền thông',
    minutes: 6,
  },
  {
    id: 'tl-06',
    title: {
      vi: 'Tham luận: Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức đáp ứng yêu cầu vị trí việc làm',
      en: 'Contribution: Raising the quality of officials and civil servants to the standards of their posts',
    },
    presenterCode: 'DB021',
    organisation: 'Đảng bộ Sở Nội vụ',
    minutes: 5,
  },
  {
    id: 'tl-07',
    title: {
      vi: 'Tham luận: Nâng cao chất lượng tham mưu thu hút đầu tư, cải thiện môi trường kinh doanh của tỉnh',
      en: "Contribution: Better advice on attracting investment and improving the province's business climate",
    },
    presenterCode: 'DB011',
    organisation: 'Đảng bộ Sở Kế hoạch và Đầu tư',
    minutes: 5,
  },
  {
    id: 'tl-08',
    title: {
      vi: 'Tham luận: Nâng cao chất lượng xây dựng cơ quan đạt chuẩn văn hóa gắn với thực hiện trách nhiệm nêu gương',
      en: 'Contribution: Building agencies that meet the cultural standard, with leaders setting the example',
    },
    presenterCode: 'DB020',
    organisation: 'Đảng bộ Sở Văn hóa và Thể thao',
    minutes: 5,
  },
];

export const DEMO_AGENDA_ROLES = [
  'opening',
  'credentialsReport',
  'politicalReport',
  'reviewReport',
  'directiveSpeech',
  'response',
  'closing',
] as const;
export type DemoAgendaRole = (typeof DEMO_AGENDA_ROLES)[number];

/** Who presents what, besides the discussion: the opening, the reports, the directive speech, the closing. */
export interface DemoPresentation {
  readonly role: DemoAgendaRole;
  readonly title: DemoText;
  readonly presenterCode: string;
  /** Expected length; the directive speech is timed for the record but never cut off. */
  readonly minutes: number;
}

export const DEMO_PRESENTATIONS: readonly DemoPresentation[] = [
  {
    role: 'opening',
    title: { vi: 'Diễn văn khai mạc Đại hội', en: 'Opening speech' },
    presenterCode: 'DB001',
    minutes: 15,
  },
  {
    role: 'credentialsReport',
    title: { vi: 'Báo cáo thẩm tra tư cách đại biểu', en: 'Report of the credentials committee' },
    presenterCode: 'DB005',
    minutes: 10,
  },
  {
    role: 'politicalReport',
    title: {
      vi: 'Báo cáo chính trị của Ban Chấp hành Đảng bộ Khối khóa XIX trình Đại hội lần thứ XX',
      en: 'Political report of the outgoing executive committee to the 20th Congress',
    },
    presenterCode: 'DB003',
    minutes: 40,
  },
  {
    role: 'reviewReport',
    title: {
      vi: 'Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ Khối khóa XIX',
      en: 'Review report of the outgoing executive committee',
    },
    presenterCode: 'DB002',
    minutes: 20,
  },
  {
    role: 'directiveSpeech',
    title: { vi: 'Phát biểu chỉ đạo của đồng chí Bí thư Tỉnh ủy', en: 'Directive speech by the provincial party secretary' },
    presenterCode: 'KM01',
    minutes: 30,
  },
  {
    role: 'response',
    title: { vi: 'Phát biểu tiếp thu ý kiến chỉ đạo', en: 'Response of the presidium to the directive speech' },
    presenterCode: 'DB001',
    minutes: 5,
  },
  {
    role: 'closing',
    title: { vi: 'Diễn văn bế mạc Đại hội', en: 'Closing speech' },
    presenterCode: 'DB001',
    minutes: 10,
  },
];

/** The discussion of the morning sitting, as it was held: every speech with its local start and end. */
export interface DemoRecordedSpeech {
  readonly kind: 'preparedContribution' | 'floorRequest' | 'pointOfOrder' | 'directiveSpeech';
  readonly presenterCode: string;
  /** A prepared contribution's id in DEMO_DISCUSSION_SPEECHES (its title and minutes come from there). */
  readonly contributionId?: string;
  readonly title?: DemoText;
  /** Local clock times on the congress day, HH:MM:SS. */
  readonly start: string;
  readonly end: string;
}

export const DEMO_DISCUSSION_TITLE: DemoText = {
  vi: 'Thảo luận các dự thảo văn kiện trình Đại hội',
  en: 'Discussion of the draft documents before the Congress',
};

/**
 * The finished discussion of the morning: the eight contributions in the presidium's order, a
 * point of order, three requests from the floor and the directive speech. Some speakers run over,
 * as they do.
 */
export const DEMO_DISCUSSION_RECORD: readonly DemoRecordedSpeech[] = [
  { kind: 'preparedContribution', presenterCode: 'DB013', contributionId: 'tl-01', start: '09:36:00', end: '09:43:35' },
  { kind: 'preparedContribution', presenterCode: 'DB014', contributionId: 'tl-02', start: '09:44:05', end: '09:50:50' },
  { kind: 'preparedContribution', presenterCode: 'DB012', contributionId: 'tl-03', start: '09:51:20', end: '09:58:05' },
  { kind: 'preparedContribution', presenterCode: 'DB010', contributionId: 'tl-04', start: '09:58:40', end: '10:04:20' },
  {
    kind: 'pointOfOrder',
    presenterCode: 'DB048',
    title: { vi: 'Đề nghị dành thời gian cho ý kiến tại hội trường', en: 'Proposal to keep time for requests from the floor' },
    start: '10:04:45',
    end: '10:05:55',
  },
  { kind: 'preparedContribution', presenterCode: 'DB123', contributionId: 'tl-05', start: '10:06:20', end: '10:12:30' },
  { kind: 'preparedContribution', presenterCode: 'DB021', contributionId: 'tl-06', start: '10:13:00', end: '10:17:50' },
  { kind: 'preparedContribution', presenterCode: 'DB011', contributionId: 'tl-07', start: '10:18:15', end: '10:23:25' },
  { kind: 'preparedContribution', presenterCode: 'DB020', contributionId: 'tl-08', start: '10:23:55', end: '10:30:05' },
  {
    kind: 'floorRequest',
    presenterCode: 'DB088',
    title: { vi: 'Về ứng dụng khoa học kỹ thuật trong sản xuất nông nghiệp', en: 'On science and technology in farming' },
    start: '10:30:40',
    end: '10:33:25',
  },
  {
    kind: 'floorRequest',
    presenterCode: 'DB112',
    title: { vi: 'Về chính sách đối với người có công', en: 'On the policy for people with meritorious services' },
    start: '10:33:50',
    end: '10:37:35',
  },
  {
    kind: 'floorRequest',
    presenterCode: 'DB139',
    title: { vi: 'Về công tác kiểm sát và phòng, chống tham nhũng', en: 'On prosecution oversight and the fight against corruption' },
    start: '10:38:00',
    end: '10:40:40',
  },
  { kind: 'directiveSpeech', presenterCode: 'KM01', start: '10:45:00', end: '11:13:20' },
];
