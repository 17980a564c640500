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
