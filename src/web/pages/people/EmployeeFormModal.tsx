import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { EMPLOYEE_STATUSES, EXIT_STATUSES } from '../../../common/roles';
import { api } from '../../api';
import { EmployeeSelect } from '../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../components/FormModal';
import { TeamSelect } from '../../components/OrgPickers';
import { showSuccess } from '../../feedback';
import { toIsoDate } from '../../format';
import { useT } from '../../i18n';
import type { Department, EmployeeDetail, EmployeeStatus } from '../../types';

interface Values {
  employeeNo?: string;
  name: string;
  gender?: 'male' | 'female' | null;
  hireDate: Dayjs;
  teamId?: string;
  supervisorId?: string | null;
  status?: EmployeeStatus;
  position?: string;
  phone?: string;
  email?: string;
  skills?: string[];
  reason?: string;
}

const Half = ({ children }: { children: ReactNode }) => (
  <Col xs={24} sm={12}>
    {children}
  </Col>
);

const START_STATUSES = EMPLOYEE_STATUSES.filter((s) => !EXIT_STATUSES.includes(s));

/** Add a person, or (with `employee`) edit the fields that are not moved by their own action. */
export function EmployeeFormModal({
  open,
  onClose,
  onSaved,
  departments,
  employee,
  guard = (p) => p,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
  departments: Department[];
  employee?: EmployeeDetail;
  /** Wraps the save (the person page reloads on a version conflict). */
  guard?: (work: Promise<unknown>) => Promise<unknown>;
}) {
  const t = useT();
  const required = useRequired();
  const editing = !!employee;

  const initialValues: Partial<Values> = employee
    ? {
        name: employee.name,
        gender: (employee.gender as Values['gender']) ?? undefined,
        hireDate: dayjs(employee.hireDate),
        supervisorId: employee.supervisorId,
        position: employee.position ?? '',
        phone: employee.phone ?? '',
        email: employee.email ?? '',
        skills: employee.skills,
      }
    : { status: 'trainee', hireDate: dayjs(), skills: [] };

  const submit = async ({ hireDate, ...v }: Values) => {
    const common = {
      name: v.name,
      gender: v.gender ?? null,
      hireDate: toIsoDate(hireDate),
      supervisorId: v.supervisorId ?? null,
      position: v.position ?? '',
      phone: v.phone ?? '',
      email: v.email ?? '',
      skills: v.skills ?? [],
      reason: v.reason || undefined,
    };
    if (employee) {
      await guard(api.employees.update(employee.id, { ...common, version: employee.version }));
      showSuccess(t('common.saved'));
      onSaved(employee.id);
    } else {
      const { id } = await api.employees.create({
        ...common,
        employeeNo: v.employeeNo!,
        teamId: v.teamId!,
        status: v.status,
      });
      showSuccess(t('people.form.created', { name: v.name }));
      onSaved(id);
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={t(editing ? 'people.form.editTitle' : 'people.form.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={initialValues}
      testId="employee-form"
      width={720}
    >
      <Row gutter={16}>
        {!editing && (
          <Half>
            <Form.Item
              name="employeeNo"
              label={t('people.fields.employeeNo')}
              rules={[required, { pattern: /^[A-Za-z0-9_-]+$/, message: t('people.form.badEmployeeNo') }, { max: 32 }]}
            >
              <Input data-testid="employee-no" />
            </Form.Item>
          </Half>
        )}
        <Half>
          <Form.Item name="name" label={t('people.fields.name')} rules={[required, { max: 64 }]}>
            <Input data-testid="employee-name" />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="gender" label={t('people.fields.gender')}>
            <Radio.Group
              options={[
                { value: 'male', label: t('people.gender.male') },
                { value: 'female', label: t('people.gender.female') },
              ]}
            />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="hireDate" label={t('people.fields.hireDate')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} data-testid="employee-hire-date" />
          </Form.Item>
        </Half>
        {!editing && (
          <>
            <Half>
              <Form.Item name="teamId" label={t('people.fields.team')} rules={[required]}>
                <TeamSelect departments={departments} data-testid="employee-team" />
              </Form.Item>
            </Half>
            <Half>
              <Form.Item name="status" label={t('people.fields.status')} rules={[required]}>
                <Select
                  options={START_STATUSES.map((s) => ({ value: s, label: t(`people.status.${s}`) }))}
                  data-testid="employee-status"
                />
              </Form.Item>
            </Half>
          </>
        )}
        <Half>
          <Form.Item name="supervisorId" label={t('people.fields.supervisor')}>
            <EmployeeSelect
              placeholder={t('people.form.searchPerson')}
              initial={
                employee?.supervisorId ? { id: employee.supervisorId, name: employee.supervisorName ?? '' } : null
              }
            />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="position" label={t('people.fields.position')} rules={[{ max: 64 }]}>
            <Input />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item
            name="phone"
            label={t('people.fields.phone')}
            rules={[{ pattern: /^[0-9+\- ]*$/, message: t('people.form.badPhone') }, { max: 32 }]}
          >
            <Input />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item
            name="email"
            label={t('people.fields.email')}
            rules={[{ type: 'email', message: t('people.form.badEmail') }, { max: 128 }]}
          >
            <Input />
          </Form.Item>
        </Half>
        <Col span={24}>
          <Form.Item name="skills" label={t('people.fields.skills')}>
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              placeholder={t('people.form.skillsPlaceholder')}
              open={false}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('people.form.reasonOptional')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
